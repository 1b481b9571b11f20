export fn blur(h: size, w: size, img: f32[h, w], iterations: i64) -> (out: f32[h, w]) {
    buf: f32[h, w] = out
    parfor (i_1 in 0..h, j_1 in 0..w) {    # line 9:15; fused: copy@line 9
        img_e: f32 = img[i_1, j_1]
        buf[i_1, j_1] = img_e
    }
    check (iterations >= 0)    # tests/golden/blur.arr:10:33: error: negative iteration count in runStencil
    b_last: f32[h, w] = buf
    i_end: i64 = (h - 2)
    j_end: i64 = (w - 2)
    sweeps: i64 = select(((((iterations >= 1) && (((4 * h) * w) >= 2097152)) && ((96 * w) <= 8388608)) && (extern arr_threads() == 1)), ((iterations - 1) / 5), 0)
    b: f32[h, w] = buf
    a: f32[h, w] = img
    for (sweep in 0..sweeps) one-thread {    # fused: temporal blocking on one thread: 5 rounds per sweep over the rows, in place (else the tiles below)
        for (step in 0..(h + 8)) {    # fused: note:the sweep's steps: in step s, round r + 1 of the sweep computes row s - 2 r
            for (sweep_round in 0..5) {    # fused: note:the sweep's rounds in a step, in order
                row: i64 = (step - (sweep_round * 2))
                if ((row >= 0) && (row < h)) {
                    row_end: i64 = (row + 1)
                    if ((sweep_round % 2) == 0) {
                        sweep_from: f32[h, w] = a
                        sweep_to: f32[h, w] = b
                    } else {
                        sweep_from: f32[h, w] = b
                        sweep_to: f32[h, w] = a
                    }
                    sweep_lo: i64 = 0
                    sweep_hi: i64 = w
                    in_lo: i64 = select((row > 2), row, 2)
                    in_hi: i64 = select((row_end < (h - 2)), row_end, (h - 2))
                    in_lo_1: i64 = select((sweep_lo > 2), sweep_lo, 2)
                    in_hi_1: i64 = select((sweep_hi < (w - 2)), sweep_hi, (w - 2))
                    parfor (i_2 in in_lo..in_hi, j_2 in in_lo_1..in_hi_1) {    # line 10:12; fused: stencil interior@line 10 note:a sweep's round, 2 rows behind the one before
                        sweep_to[i_2, j_2] = ((((((0.003f * (((sweep_from[(i_2 - 2), (j_2 - 2)] + sweep_from[(i_2 - 2), (j_2 + 2)]) + sweep_from[(i_2 + 2), (j_2 - 2)]) + sweep_from[(i_2 + 2), (j_2 + 2)])) + (0.0133f * (((((((sweep_from[(i_2 - 2), (j_2 - 1)] + sweep_from[(i_2 - 2), (j_2 + 1)]) + sweep_from[(i_2 - 1), (j_2 - 2)]) + sweep_from[(i_2 - 1), (j_2 + 2)]) + sweep_from[(i_2 + 1), (j_2 - 2)]) + sweep_from[(i_2 + 1), (j_2 + 2)]) + sweep_from[(i_2 + 2), (j_2 - 1)]) + sweep_from[(i_2 + 2), (j_2 + 1)]))) + (0.0219f * (((sweep_from[(i_2 - 2), j_2] + sweep_from[(i_2 + 2), j_2]) + sweep_from[i_2, (j_2 - 2)]) + sweep_from[i_2, (j_2 + 2)]))) + (0.0596f * (((sweep_from[(i_2 - 1), (j_2 - 1)] + sweep_from[(i_2 - 1), (j_2 + 1)]) + sweep_from[(i_2 + 1), (j_2 - 1)]) + sweep_from[(i_2 + 1), (j_2 + 1)]))) + (0.0983f * (((sweep_from[(i_2 - 1), j_2] + sweep_from[(i_2 + 1), j_2]) + sweep_from[i_2, (j_2 - 1)]) + sweep_from[i_2, (j_2 + 1)]))) + (0.1621f * sweep_from[i_2, j_2]))
                    }
                }
            }
        }
        b_next: f32[h, w] = a
        a_next: f32[h, w] = b
        b: f32[h, w] = b_next
        a: f32[h, w] = a_next
    }
    tile_blocks: i64 = select((((iterations >= 1) && (((4 * h) * w) >= 2097152)) && (sweeps == 0)), ((iterations - 1) / 3), 0)
    tiles: i64 = ((h + 67) / 68)
    tiles_1: i64 = ((w + 499) / 500)
    rounds (block in 0..tile_blocks) {    # fused: temporal blocking: 3 rounds per tile of 68 x 500 elements (2.5 operations per byte moved); the rest of the rounds (at most 3) untiled; only when the grid is larger than 2 MiB; on one thread instead, 5 rounds per sweep over the rows in place, each round 2 rows behind the one before (while 2 x (5 x 2 + 2) rows fit in 8 MiB)
        parfor (tile_i in 0..tiles, tile_j in 0..tiles_1) {    # line 10:12; fused: stencil tiles@line 10
            t_start: i64 = (tile_i * 68)
            t_end: i64 = select(((t_start + 68) < h), (t_start + 68), h)
            win_lo: i64 = select(((t_start - 6) > 0), (t_start - 6), 0)
            win_hi: i64 = select(((t_end + 6) < h), (t_end + 6), h)
            t_start_1: i64 = (tile_j * 500)
            t_end_1: i64 = select(((t_start_1 + 500) < w), (t_start_1 + 500), w)
            win_lo_1: i64 = select(((t_start_1 - 6) > 0), (t_start_1 - 6), 0)
            win_hi_1: i64 = select(((t_end_1 + 6) < w), (t_end_1 + 6), w)
            alloc scratch_even: f32[40960]
            alloc scratch_odd: f32[40960]
            if (((win_lo < 2) || (win_hi > (h - 2))) || ((win_lo_1 < 2) || (win_hi_1 > (w - 2)))) {
                parfor (i_3 in win_lo..select((win_hi < 2), win_hi, 2), j_3 in win_lo_1..win_hi_1) {    # line 10:12; fused: border window copy@line 10
                    scratch_even[(((i_3 - win_lo) * 512) + (j_3 - win_lo_1))] = a[i_3, j_3]
                    scratch_odd[(((i_3 - win_lo) * 512) + (j_3 - win_lo_1))] = b[i_3, j_3]
                }
                parfor (i_4 in select((win_lo > select(((h - 2) > 2), (h - 2), 2)), win_lo, select(((h - 2) > 2), (h - 2), 2))..win_hi, j_4 in win_lo_1..win_hi_1) {    # line 10:12; fused: border window copy@line 10
                    scratch_even[(((i_4 - win_lo) * 512) + (j_4 - win_lo_1))] = a[i_4, j_4]
                    scratch_odd[(((i_4 - win_lo) * 512) + (j_4 - win_lo_1))] = b[i_4, j_4]
                }
                parfor (i_5 in select((win_lo > 2), win_lo, 2)..select((win_hi < (h - 2)), win_hi, (h - 2)), j_5 in win_lo_1..select((win_hi_1 < 2), win_hi_1, 2)) {    # line 10:12; fused: border window copy@line 10
                    scratch_even[(((i_5 - win_lo) * 512) + (j_5 - win_lo_1))] = a[i_5, j_5]
                    scratch_odd[(((i_5 - win_lo) * 512) + (j_5 - win_lo_1))] = b[i_5, j_5]
                }
                parfor (i_6 in select((win_lo > 2), win_lo, 2)..select((win_hi < (h - 2)), win_hi, (h - 2)), j_6 in select((win_lo_1 > select(((w - 2) > 2), (w - 2), 2)), win_lo_1, select(((w - 2) > 2), (w - 2), 2))..win_hi_1) {    # line 10:12; fused: border window copy@line 10
                    scratch_even[(((i_6 - win_lo) * 512) + (j_6 - win_lo_1))] = a[i_6, j_6]
                    scratch_odd[(((i_6 - win_lo) * 512) + (j_6 - win_lo_1))] = b[i_6, j_6]
                }
            }
            box_lo: i64 = select(((t_start - 4) > 0), (t_start - 4), 0)
            box_hi: i64 = select(((t_end + 4) < h), (t_end + 4), h)
            box_lo_1: i64 = select(((t_start_1 - 4) > 0), (t_start_1 - 4), 0)
            box_hi_1: i64 = select(((t_end_1 + 4) < w), (t_end_1 + 4), w)
            in_lo_2: i64 = select((box_lo > 2), box_lo, 2)
            in_hi_2: i64 = select((box_hi < (h - 2)), box_hi, (h - 2))
            in_lo_3: i64 = select((box_lo_1 > 2), box_lo_1, 2)
            in_hi_3: i64 = select((box_hi_1 < (w - 2)), box_hi_1, (w - 2))
            parfor (i_7 in in_lo_2..in_hi_2, j_7 in in_lo_3..in_hi_3) {    # line 10:12; fused: stencil interior@line 10 note:tile round 1 of 3
                scratch_odd[(((i_7 - win_lo) * 512) + (j_7 - win_lo_1))] = ((((((0.003f * (((a[(i_7 - 2), (j_7 - 2)] + a[(i_7 - 2), (j_7 + 2)]) + a[(i_7 + 2), (j_7 - 2)]) + a[(i_7 + 2), (j_7 + 2)])) + (0.0133f * (((((((a[(i_7 - 2), (j_7 - 1)] + a[(i_7 - 2), (j_7 + 1)]) + a[(i_7 - 1), (j_7 - 2)]) + a[(i_7 - 1), (j_7 + 2)]) + a[(i_7 + 1), (j_7 - 2)]) + a[(i_7 + 1), (j_7 + 2)]) + a[(i_7 + 2), (j_7 - 1)]) + a[(i_7 + 2), (j_7 + 1)]))) + (0.0219f * (((a[(i_7 - 2), j_7] + a[(i_7 + 2), j_7]) + a[i_7, (j_7 - 2)]) + a[i_7, (j_7 + 2)]))) + (0.0596f * (((a[(i_7 - 1), (j_7 - 1)] + a[(i_7 - 1), (j_7 + 1)]) + a[(i_7 + 1), (j_7 - 1)]) + a[(i_7 + 1), (j_7 + 1)]))) + (0.0983f * (((a[(i_7 - 1), j_7] + a[(i_7 + 1), j_7]) + a[i_7, (j_7 - 1)]) + a[i_7, (j_7 + 1)]))) + (0.1621f * a[i_7, j_7]))
            }
            next_wraps: i64 = select(((tile_j + 1) >= tiles_1), 1, 0)
            next_start: i64 = ((tile_i + next_wraps) * 68)
            next_lo: i64 = select(((next_start - 6) > 0), (next_start - 6), 0)
            next_hi: i64 = select(((next_start + 74) < h), (next_start + 74), h)
            next_start_1: i64 = (((tile_j + 1) * (1 - next_wraps)) * 500)
            next_lo_1: i64 = select(((next_start_1 - 6) > 0), (next_start_1 - 6), 0)
            next_hi_1: i64 = select(((next_start_1 + 506) < w), (next_start_1 + 506), w)
            if ((next_lo < next_hi) && (next_lo_1 < next_hi_1)) {
                for (row_1 in next_lo..next_hi, line in 0..(((next_hi_1 - next_lo_1) / 16) + 1)) {    # fused: note:prefetch hints: the source window of the next tile, fetched while this tile's later rounds run from its scratch windows
                    prefetch a[row_1, select(((next_lo_1 + (line * 16)) < (next_hi_1 - 1)), (next_lo_1 + (line * 16)), (next_hi_1 - 1))]
                }
            }
            if ((t_start < t_end) && (t_start_1 < t_end_1)) {
                for (row_2 in t_start..t_end, line_1 in 0..(((t_end_1 - t_start_1) / 16) + 1)) {    # fused: note:prefetch hints: the tile's elements of the written buffer, for the last round's stores
                    prefetch for a write b[row_2, select(((t_start_1 + (line_1 * 16)) < (t_end_1 - 1)), (t_start_1 + (line_1 * 16)), (t_end_1 - 1))]
                }
            }
            box_lo_2: i64 = select(((t_start - 2) > 0), (t_start - 2), 0)
            box_hi_2: i64 = select(((t_end + 2) < h), (t_end + 2), h)
            box_lo_3: i64 = select(((t_start_1 - 2) > 0), (t_start_1 - 2), 0)
            box_hi_3: i64 = select(((t_end_1 + 2) < w), (t_end_1 + 2), w)
            in_lo_4: i64 = select((box_lo_2 > 2), box_lo_2, 2)
            in_hi_4: i64 = select((box_hi_2 < (h - 2)), box_hi_2, (h - 2))
            in_lo_5: i64 = select((box_lo_3 > 2), box_lo_3, 2)
            in_hi_5: i64 = select((box_hi_3 < (w - 2)), box_hi_3, (w - 2))
            parfor (i_8 in in_lo_4..in_hi_4, j_8 in in_lo_5..in_hi_5) {    # line 10:12; fused: stencil interior@line 10 note:tile round 2 of 3
                scratch_even[(((i_8 - win_lo) * 512) + (j_8 - win_lo_1))] = ((((((0.003f * (((scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 1026)] + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 1022)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 1022)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 1026)])) + (0.0133f * (((((((scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 1025)] + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 1023)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 514)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 510)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 510)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 514)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 1023)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 1025)]))) + (0.0219f * (((scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 1024)] + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 1024)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 2)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 2)]))) + (0.0596f * (((scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 513)] + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 511)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 511)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 513)]))) + (0.0983f * (((scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 512)] + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 512)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) - 1)]) + scratch_odd[((((i_8 - win_lo) * 512) + (j_8 - win_lo_1)) + 1)]))) + (0.1621f * scratch_odd[(((i_8 - win_lo) * 512) + (j_8 - win_lo_1))]))
            }
            box_lo_4: i64 = select(((t_start - 0) > 0), (t_start - 0), 0)
            box_hi_4: i64 = select(((t_end + 0) < h), (t_end + 0), h)
            box_lo_5: i64 = select(((t_start_1 - 0) > 0), (t_start_1 - 0), 0)
            box_hi_5: i64 = select(((t_end_1 + 0) < w), (t_end_1 + 0), w)
            in_lo_6: i64 = select((box_lo_4 > 2), box_lo_4, 2)
            in_hi_6: i64 = select((box_hi_4 < (h - 2)), box_hi_4, (h - 2))
            in_lo_7: i64 = select((box_lo_5 > 2), box_lo_5, 2)
            in_hi_7: i64 = select((box_hi_5 < (w - 2)), box_hi_5, (w - 2))
            parfor (i_9 in in_lo_6..in_hi_6, j_9 in in_lo_7..in_hi_7) {    # line 10:12; fused: stencil interior@line 10 note:tile round 3 of 3
                b[i_9, j_9] = ((((((0.003f * (((scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 1026)] + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 1022)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 1022)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 1026)])) + (0.0133f * (((((((scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 1025)] + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 1023)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 514)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 510)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 510)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 514)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 1023)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 1025)]))) + (0.0219f * (((scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 1024)] + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 1024)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 2)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 2)]))) + (0.0596f * (((scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 513)] + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 511)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 511)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 513)]))) + (0.0983f * (((scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 512)] + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 512)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) - 1)]) + scratch_even[((((i_9 - win_lo) * 512) + (j_9 - win_lo_1)) + 1)]))) + (0.1621f * scratch_even[(((i_9 - win_lo) * 512) + (j_9 - win_lo_1))]))
            }
        }
        b_next_1: f32[h, w] = a
        a_next_1: f32[h, w] = b
        b: f32[h, w] = b_next_1
        a: f32[h, w] = a_next_1
    }
    rounds (iter in 0..((iterations - (sweeps * 5)) - (tile_blocks * 3))) {    # fused: the rounds the sweeps leave (at least the last; all on more threads)
        parfor (i in 2..i_end, j in 2..j_end) {    # line 10:12; fused: stencil interior@line 10
            b[i, j] = ((((((0.003f * (((a[(i - 2), (j - 2)] + a[(i - 2), (j + 2)]) + a[(i + 2), (j - 2)]) + a[(i + 2), (j + 2)])) + (0.0133f * (((((((a[(i - 2), (j - 1)] + a[(i - 2), (j + 1)]) + a[(i - 1), (j - 2)]) + a[(i - 1), (j + 2)]) + a[(i + 1), (j - 2)]) + a[(i + 1), (j + 2)]) + a[(i + 2), (j - 1)]) + a[(i + 2), (j + 1)]))) + (0.0219f * (((a[(i - 2), j] + a[(i + 2), j]) + a[i, (j - 2)]) + a[i, (j + 2)]))) + (0.0596f * (((a[(i - 1), (j - 1)] + a[(i - 1), (j + 1)]) + a[(i + 1), (j - 1)]) + a[(i + 1), (j + 1)]))) + (0.0983f * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)]))) + (0.1621f * a[i, j]))
        }
        b_last: f32[h, w] = b
        b_next_2: f32[h, w] = a
        a_next_2: f32[h, w] = b
        b: f32[h, w] = b_next_2
        a: f32[h, w] = a_next_2
    }
    if (b_last != out) {
        parfor (i_10 in 0..h, j_10 in 0..w) {    # line 10:5; fused: result@line 10 result-slot:buf
            b_last_e: f32 = b_last[i_10, j_10]
            out[i_10, j_10] = b_last_e
        }
    }
    return out
}
