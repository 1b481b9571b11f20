export fn blur(h: size, w: size, img: f32[h, w], iterations: i64) -> (out: f32[h, w]) {
    buf: f32[h, w] = out
    parfor (i_1 in 0..h, j_1 in 0..w) {    # line 8:15; fused: copy@line 8
        img_e: f32 = img[i_1, j_1]
        buf[i_1, j_1] = img_e
    }
    check (iterations >= 0)    # tests/golden/blur.arr:9:33: error: negative iteration count in runStencil
    b: f32[h, w] = buf
    a: f32[h, w] = img
    b_last: f32[h, w] = buf
    i_end: i64 = (h - 2)
    j_end: i64 = (w - 2)
    tile_blocks: i64 = select((((iterations >= 1) && (((4 * h) * w) >= 2097152)) && ((40 * w) <= 524288)), ((iterations - 1) / 3), 0)
    rounds (block in 0..tile_blocks) {; fused: temporal blocking: 3 rounds per sweep, by strips of 128 rows, each a wavefront with a ring of 5 rows per round (2.5 operations per byte moved); the rest of the rounds untiled; only when the grid is larger than 2 MiB and the rings fit in 512 KiB
        parfor (strip in 0..((h + 127) / 128)) {    # line 9:12; fused: stencil strips@line 9
            s_start: i64 = (strip * 128)
            s_end: i64 = select(((s_start + 128) < h), (s_start + 128), h)
            alloc ring: f32[5, w]
            alloc ring_1: f32[5, w]
            rows_lo: i64 = select(((s_start - 4) > 0), (s_start - 4), 0)
            rows_hi: i64 = select(((s_end + 4) < h), (s_end + 4), h)
            rows_lo_1: i64 = select(((s_start - 2) > 0), (s_start - 2), 0)
            rows_hi_1: i64 = select(((s_end + 2) < h), (s_end + 2), h)
            rows_lo_2: i64 = select(((s_start - 0) > 0), (s_start - 0), 0)
            rows_hi_2: i64 = select(((s_end + 0) < h), (s_end + 0), h)
            for (step in rows_lo..(rows_hi_2 + 4)) {; fused: stencil wavefront@line 9
                row: i64 = (step - 0)
                if ((row >= rows_lo) && (row < rows_hi)) {
                    if ((row < 2) || (row >= (h - 2))) {
                        parfor (j_2 in 0..w) {    # line 9:12; fused: border row copy@line 9
                            ring[((row + 45) % 5), j_2] = b[row, j_2]
                        }
                    } else {
                        parfor (j_3 in 0..select((2 < w), 2, w)) {    # line 9:12; fused: border row copy@line 9
                            ring[((row + 45) % 5), j_3] = b[row, j_3]
                        }
                        parfor (j_4 in select(((w - 2) > 2), (w - 2), 2)..w) {    # line 9:12; fused: border row copy@line 9
                            ring[((row + 45) % 5), j_4] = b[row, j_4]
                        }
                    }
                    row_end: i64 = (row + 1)
                    col_lo: i64 = 0
                    col_hi: i64 = w
                    in_lo: i64 = select((row > 2), row, 2)
                    in_hi: i64 = select((row_end < (h - 2)), row_end, (h - 2))
                    in_lo_1: i64 = select((col_lo > 2), col_lo, 2)
                    in_hi_1: i64 = select((col_hi < (w - 2)), col_hi, (w - 2))
                    parfor (i_2 in in_lo..in_hi, j_5 in in_lo_1..in_hi_1) {    # line 9:12; fused: stencil interior@line 9 note:tile round 1 of 3
                        ring[((i_2 + 45) % 5), j_5] = ((((((0.003f * (((a[(i_2 - 2), (j_5 - 2)] + a[(i_2 - 2), (j_5 + 2)]) + a[(i_2 + 2), (j_5 - 2)]) + a[(i_2 + 2), (j_5 + 2)])) + (0.0133f * (((((((a[(i_2 - 2), (j_5 - 1)] + a[(i_2 - 2), (j_5 + 1)]) + a[(i_2 - 1), (j_5 - 2)]) + a[(i_2 - 1), (j_5 + 2)]) + a[(i_2 + 1), (j_5 - 2)]) + a[(i_2 + 1), (j_5 + 2)]) + a[(i_2 + 2), (j_5 - 1)]) + a[(i_2 + 2), (j_5 + 1)]))) + (0.0219f * (((a[(i_2 - 2), j_5] + a[(i_2 + 2), j_5]) + a[i_2, (j_5 - 2)]) + a[i_2, (j_5 + 2)]))) + (0.0596f * (((a[(i_2 - 1), (j_5 - 1)] + a[(i_2 - 1), (j_5 + 1)]) + a[(i_2 + 1), (j_5 - 1)]) + a[(i_2 + 1), (j_5 + 1)]))) + (0.0983f * (((a[(i_2 - 1), j_5] + a[(i_2 + 1), j_5]) + a[i_2, (j_5 - 1)]) + a[i_2, (j_5 + 1)]))) + (0.1621f * a[i_2, j_5]))
                    }
                }
                row_1: i64 = (step - 2)
                if ((row_1 >= rows_lo_1) && (row_1 < rows_hi_1)) {
                    if ((row_1 < 2) || (row_1 >= (h - 2))) {
                        parfor (j_6 in 0..w) {    # line 9:12; fused: border row copy@line 9
                            ring_1[((row_1 + 45) % 5), j_6] = a[row_1, j_6]
                        }
                    } else {
                        parfor (j_7 in 0..select((2 < w), 2, w)) {    # line 9:12; fused: border row copy@line 9
                            ring_1[((row_1 + 45) % 5), j_7] = a[row_1, j_7]
                        }
                        parfor (j_8 in select(((w - 2) > 2), (w - 2), 2)..w) {    # line 9:12; fused: border row copy@line 9
                            ring_1[((row_1 + 45) % 5), j_8] = a[row_1, j_8]
                        }
                    }
                    row_end_1: i64 = (row_1 + 1)
                    col_lo_1: i64 = 0
                    col_hi_1: i64 = w
                    in_lo_2: i64 = select((row_1 > 2), row_1, 2)
                    in_hi_2: i64 = select((row_end_1 < (h - 2)), row_end_1, (h - 2))
                    in_lo_3: i64 = select((col_lo_1 > 2), col_lo_1, 2)
                    in_hi_3: i64 = select((col_hi_1 < (w - 2)), col_hi_1, (w - 2))
                    parfor (i_3 in in_lo_2..in_hi_2, j_9 in in_lo_3..in_hi_3) {    # line 9:12; fused: stencil interior@line 9 note:tile round 2 of 3
                        ring_1[((i_3 + 45) % 5), j_9] = ((((((0.003f * (((ring[(((i_3 - 2) + 45) % 5), (j_9 - 2)] + ring[(((i_3 - 2) + 45) % 5), (j_9 + 2)]) + ring[(((i_3 + 2) + 45) % 5), (j_9 - 2)]) + ring[(((i_3 + 2) + 45) % 5), (j_9 + 2)])) + (0.0133f * (((((((ring[(((i_3 - 2) + 45) % 5), (j_9 - 1)] + ring[(((i_3 - 2) + 45) % 5), (j_9 + 1)]) + ring[(((i_3 - 1) + 45) % 5), (j_9 - 2)]) + ring[(((i_3 - 1) + 45) % 5), (j_9 + 2)]) + ring[(((i_3 + 1) + 45) % 5), (j_9 - 2)]) + ring[(((i_3 + 1) + 45) % 5), (j_9 + 2)]) + ring[(((i_3 + 2) + 45) % 5), (j_9 - 1)]) + ring[(((i_3 + 2) + 45) % 5), (j_9 + 1)]))) + (0.0219f * (((ring[(((i_3 - 2) + 45) % 5), j_9] + ring[(((i_3 + 2) + 45) % 5), j_9]) + ring[((i_3 + 45) % 5), (j_9 - 2)]) + ring[((i_3 + 45) % 5), (j_9 + 2)]))) + (0.0596f * (((ring[(((i_3 - 1) + 45) % 5), (j_9 - 1)] + ring[(((i_3 - 1) + 45) % 5), (j_9 + 1)]) + ring[(((i_3 + 1) + 45) % 5), (j_9 - 1)]) + ring[(((i_3 + 1) + 45) % 5), (j_9 + 1)]))) + (0.0983f * (((ring[(((i_3 - 1) + 45) % 5), j_9] + ring[(((i_3 + 1) + 45) % 5), j_9]) + ring[((i_3 + 45) % 5), (j_9 - 1)]) + ring[((i_3 + 45) % 5), (j_9 + 1)]))) + (0.1621f * ring[((i_3 + 45) % 5), j_9]))
                    }
                }
                row_2: i64 = (step - 4)
                if ((row_2 >= rows_lo_2) && (row_2 < rows_hi_2)) {
                    row_end_2: i64 = (row_2 + 1)
                    col_lo_2: i64 = 0
                    col_hi_2: i64 = w
                    in_lo_4: i64 = select((row_2 > 2), row_2, 2)
                    in_hi_4: i64 = select((row_end_2 < (h - 2)), row_end_2, (h - 2))
                    in_lo_5: i64 = select((col_lo_2 > 2), col_lo_2, 2)
                    in_hi_5: i64 = select((col_hi_2 < (w - 2)), col_hi_2, (w - 2))
                    parfor (i_4 in in_lo_4..in_hi_4, j_10 in in_lo_5..in_hi_5) {    # line 9:12; fused: stencil interior@line 9 note:tile round 3 of 3
                        b[i_4, j_10] = ((((((0.003f * (((ring_1[(((i_4 - 2) + 45) % 5), (j_10 - 2)] + ring_1[(((i_4 - 2) + 45) % 5), (j_10 + 2)]) + ring_1[(((i_4 + 2) + 45) % 5), (j_10 - 2)]) + ring_1[(((i_4 + 2) + 45) % 5), (j_10 + 2)])) + (0.0133f * (((((((ring_1[(((i_4 - 2) + 45) % 5), (j_10 - 1)] + ring_1[(((i_4 - 2) + 45) % 5), (j_10 + 1)]) + ring_1[(((i_4 - 1) + 45) % 5), (j_10 - 2)]) + ring_1[(((i_4 - 1) + 45) % 5), (j_10 + 2)]) + ring_1[(((i_4 + 1) + 45) % 5), (j_10 - 2)]) + ring_1[(((i_4 + 1) + 45) % 5), (j_10 + 2)]) + ring_1[(((i_4 + 2) + 45) % 5), (j_10 - 1)]) + ring_1[(((i_4 + 2) + 45) % 5), (j_10 + 1)]))) + (0.0219f * (((ring_1[(((i_4 - 2) + 45) % 5), j_10] + ring_1[(((i_4 + 2) + 45) % 5), j_10]) + ring_1[((i_4 + 45) % 5), (j_10 - 2)]) + ring_1[((i_4 + 45) % 5), (j_10 + 2)]))) + (0.0596f * (((ring_1[(((i_4 - 1) + 45) % 5), (j_10 - 1)] + ring_1[(((i_4 - 1) + 45) % 5), (j_10 + 1)]) + ring_1[(((i_4 + 1) + 45) % 5), (j_10 - 1)]) + ring_1[(((i_4 + 1) + 45) % 5), (j_10 + 1)]))) + (0.0983f * (((ring_1[(((i_4 - 1) + 45) % 5), j_10] + ring_1[(((i_4 + 1) + 45) % 5), j_10]) + ring_1[((i_4 + 45) % 5), (j_10 - 1)]) + ring_1[((i_4 + 45) % 5), (j_10 + 1)]))) + (0.1621f * ring_1[((i_4 + 45) % 5), j_10]))
                    }
                }
            }
        }
        b_next: f32[h, w] = a
        a_next: f32[h, w] = b
        b: f32[h, w] = b_next
        a: f32[h, w] = a_next
    }
    rounds (iter in 0..(iterations - (tile_blocks * 3))) {; fused: the rounds the tiles leave (at least the last)
        parfor (i in 2..i_end, j in 2..j_end) {    # line 9:12; fused: stencil interior@line 9
            b[i, j] = ((((((0.003f * (((a[(i - 2), (j - 2)] + a[(i - 2), (j + 2)]) + a[(i + 2), (j - 2)]) + a[(i + 2), (j + 2)])) + (0.0133f * (((((((a[(i - 2), (j - 1)] + a[(i - 2), (j + 1)]) + a[(i - 1), (j - 2)]) + a[(i - 1), (j + 2)]) + a[(i + 1), (j - 2)]) + a[(i + 1), (j + 2)]) + a[(i + 2), (j - 1)]) + a[(i + 2), (j + 1)]))) + (0.0219f * (((a[(i - 2), j] + a[(i + 2), j]) + a[i, (j - 2)]) + a[i, (j + 2)]))) + (0.0596f * (((a[(i - 1), (j - 1)] + a[(i - 1), (j + 1)]) + a[(i + 1), (j - 1)]) + a[(i + 1), (j + 1)]))) + (0.0983f * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)]))) + (0.1621f * a[i, j]))
        }
        b_last: f32[h, w] = b
        b_next_1: f32[h, w] = a
        a_next_1: f32[h, w] = b
        b: f32[h, w] = b_next_1
        a: f32[h, w] = a_next_1
    }
    parfor (i_5 in 0..h, j_11 in 0..w) {    # line 9:5; fused: result@line 9 result-slot:buf
        b_last_e: f32 = b_last[i_5, j_11]
        out[i_5, j_11] = b_last_e
    }
    return out
}
