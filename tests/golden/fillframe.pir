export fn f1(n: size, x: f64[n]) -> (out: f64[n]) {
    y: f64[n] = out
    i_end: i64 = (n - 1)
    i_a: i64 = select((2 > n), n, 2)
    i_b: i64 = select((select((i_end < i_a), i_a, i_end) > n), n, select((i_end < i_a), i_a, i_end))
    parfor (i_1_1 in 0..i_a) {    # line 6:13; fused: fill@line 6 note:the fill only around the stencil's interior, which its first round writes
        y[i_1_1] = 0.0
    }
    parfor (i_1_2 in i_b..n) {    # line 6:13; fused: fill@line 6 note:the fill only around the stencil's interior, which its first round writes
        y[i_1_2] = 0.0
    }
    rounds (iter in 0..1) {    # fused: not tiled: no rotation (every round computes the same)
        parfor (i in 2..i_end) {    # line 7:5; fused: stencil interior@line 7
            y[i] = (((0.5 * x[(i - 2)]) + x[i]) - (0.25 * x[(i + 1)]))
        }
    }
    return out
}

export fn f2(h: size, w: size, x: f32[h, w]) -> (out: f32[h, w]) {
    y: f32[h, w] = out
    i_end: i64 = (h - 1)
    j_end: i64 = (w - 2)
    i_a: i64 = select((1 > h), h, 1)
    i_b: i64 = select((select((i_end < i_a), i_a, i_end) > h), h, select((i_end < i_a), i_a, i_end))
    j_a: i64 = select((1 > w), w, 1)
    j_b: i64 = select((select((j_end < j_a), j_a, j_end) > w), w, select((j_end < j_a), j_a, j_end))
    parfor (i_1_1 in 0..h) {    # line 11:13; fused: fill@line 11 note:the fill only around the stencil's interior, which its first round writes
        if ((i_1_1 < i_a) || (i_1_1 >= i_b)) {
            parfor (j_1_1 in 0..w) {    # line 11:13
                y[i_1_1, j_1_1] = 0.0f
            }
        } else {
            parfor (j_1_2 in 0..j_a) {    # line 11:13
                y[i_1_1, j_1_2] = 0.0f
            }
            parfor (j_1_3 in j_b..w) {    # line 11:13
                y[i_1_1, j_1_3] = 0.0f
            }
        }
    }
    rounds (iter in 0..1) {    # fused: not tiled: no rotation (every round computes the same)
        parfor (i in 1..i_end, j in 1..j_end) {    # line 12:5; fused: stencil interior@line 12
            y[i, j] = (((x[(i - 1), j] + x[(i + 1), j]) - x[i, (j - 1)]) + (2.0f * x[i, (j + 2)]))
        }
    }
    return out
}
