export fn blur(h: size, w: size, img: f32[h, w], iterations: i64) -> (out: f32[h, w]) {
    buf: f32[h, w] = out
    parfor (i_1 in 0..h, j_1 in 0..w) {    # line 5:15; fused: copy@line 5
        img_e: f32 = img[i_1, j_1]
        buf[i_1, j_1] = img_e
    }
    check (iterations >= 0)    # tests/golden/blur.arr:6:33: error: negative iteration count in runStencil
    b: f32[h, w] = buf
    a: f32[h, w] = img
    b_last: f32[h, w] = buf
    i_end: i64 = (h - 2)
    j_end: i64 = (w - 2)
    rounds (iter in 0..iterations) {
        parfor (i in 2..i_end, j in 2..j_end) {    # line 6:12; fused: stencil interior@line 6
            b[i, j] = ((((((0.003f * (((a[(i - 2), (j - 2)] + a[(i - 2), (j + 2)]) + a[(i + 2), (j - 2)]) + a[(i + 2), (j + 2)])) + (0.0133f * (((((((a[(i - 2), (j - 1)] + a[(i - 2), (j + 1)]) + a[(i - 1), (j - 2)]) + a[(i - 1), (j + 2)]) + a[(i + 1), (j - 2)]) + a[(i + 1), (j + 2)]) + a[(i + 2), (j - 1)]) + a[(i + 2), (j + 1)]))) + (0.0219f * (((a[(i - 2), j] + a[(i + 2), j]) + a[i, (j - 2)]) + a[i, (j + 2)]))) + (0.0596f * (((a[(i - 1), (j - 1)] + a[(i - 1), (j + 1)]) + a[(i + 1), (j - 1)]) + a[(i + 1), (j + 1)]))) + (0.0983f * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)]))) + (0.1621f * a[i, j]))
        }
        b_last: f32[h, w] = b
        b_next: f32[h, w] = a
        a_next: f32[h, w] = b
        b: f32[h, w] = b_next
        a: f32[h, w] = a_next
    }
    parfor (i_2 in 0..h, j_2 in 0..w) {    # line 6:5; fused: result@line 6 result-slot:buf
        b_last_e: f32 = b_last[i_2, j_2]
        out[i_2, j_2] = b_last_e
    }
    return out
}
