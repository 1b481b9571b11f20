export fn heat(n: size, m: size, u: f64[n, m], iterations: i64) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 11:13; fused: copy@line 11
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:12:29: error: negative iteration count in runStencil
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    sweeps: i64 = select(((((iterations >= 1) && (((8 * n) * m) >= 2097152)) && ((176 * m) <= 8388608)) && (extern arr_threads() == 1)), ((iterations - 1) / 9), 0)
    b: f64[n, m] = v
    a: f64[n, m] = u
    for (sweep in 0..sweeps) one-thread {    # fused: temporal blocking on one thread: 9 rounds per sweep over the rows, in place (else the tiles below)
        for (step in 0..(n + 8)) {    # fused: note:the sweep's steps: in step s, round r + 1 of the sweep computes row s - r
            for (sweep_round in 0..9) {    # fused: note:the sweep's rounds in a step, in order
                row: i64 = (step - (sweep_round * 1))
                if ((row >= 0) && (row < n)) {
                    row_end: i64 = (row + 1)
                    if ((sweep_round % 2) == 0) {
                        sweep_from: f64[n, m] = a
                        sweep_to: f64[n, m] = b
                    } else {
                        sweep_from: f64[n, m] = b
                        sweep_to: f64[n, m] = a
                    }
                    sweep_lo: i64 = 0
                    sweep_hi: i64 = m
                    in_lo: i64 = select((row > 1), row, 1)
                    in_hi: i64 = select((row_end < (n - 1)), row_end, (n - 1))
                    in_lo_1: i64 = select((sweep_lo > 1), sweep_lo, 1)
                    in_hi_1: i64 = select((sweep_hi < (m - 1)), sweep_hi, (m - 1))
                    parfor (i_2 in in_lo..in_hi, j_2 in in_lo_1..in_hi_1) {    # line 12:12; fused: stencil interior@line 12 note:a sweep's round, 1 row behind the one before
                        sweep_to[i_2, j_2] = ((0.5 * sweep_from[i_2, j_2]) + (0.125 * (((sweep_from[(i_2 - 1), j_2] + sweep_from[(i_2 + 1), j_2]) + sweep_from[i_2, (j_2 - 1)]) + sweep_from[i_2, (j_2 + 1)])))
                    }
                }
            }
        }
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    full_blocks: i64 = select((((iterations >= 1) && (((8 * n) * m) >= 2097152)) && (sweeps == 0)), ((iterations - 1) / 9), 0)
    rounds_left: i64 = select((((iterations >= 1) && (((8 * n) * m) >= 2097152)) && (sweeps == 0)), ((iterations - 1) - (full_blocks * 9)), 0)
    last_block_rounds: i64 = select((rounds_left >= 3), (rounds_left - (1 - (rounds_left % 2))), 0)
    tile_blocks: i64 = (full_blocks + select((last_block_rounds > 0), 1, 0))
    tiles: i64 = ((n + 61) / 62)
    tiles_1: i64 = ((m + 237) / 238)
    rounds (block in 0..tile_blocks) {    # fused: temporal blocking: 9 rounds per tile of 62 x 238 elements (0.2 operations per byte moved); the rest of the rounds (at most 3) untiled; only when the grid is larger than 2 MiB; on one thread instead, 9 rounds per sweep over the rows in place, each round 1 row behind the one before (while 2 x (9 x 1 + 2) rows fit in 8 MiB)
        parfor (tile_i in 0..tiles, tile_j in 0..tiles_1) {    # line 12:12; fused: stencil tiles@line 12
            block_rounds: i64 = select((block < full_blocks), 9, last_block_rounds)
            t_start: i64 = (tile_i * 62)
            t_end: i64 = select(((t_start + 62) < n), (t_start + 62), n)
            win_lo: i64 = select(((t_start - 9) > 0), (t_start - 9), 0)
            win_hi: i64 = select(((t_end + 9) < n), (t_end + 9), n)
            t_start_1: i64 = (tile_j * 238)
            t_end_1: i64 = select(((t_start_1 + 238) < m), (t_start_1 + 238), m)
            win_lo_1: i64 = select(((t_start_1 - 9) > 0), (t_start_1 - 9), 0)
            win_hi_1: i64 = select(((t_end_1 + 9) < m), (t_end_1 + 9), m)
            alloc scratch_even: f64[20480]
            alloc scratch_odd: f64[20480]
            if (((win_lo < 1) || (win_hi > (n - 1))) || ((win_lo_1 < 1) || (win_hi_1 > (m - 1)))) {
                parfor (i_3 in win_lo..select((win_hi < 1), win_hi, 1), j_3 in win_lo_1..win_hi_1) {    # line 12:12; fused: border window copy@line 12
                    scratch_even[(((i_3 - win_lo) * 256) + (j_3 - win_lo_1))] = a[i_3, j_3]
                    scratch_odd[(((i_3 - win_lo) * 256) + (j_3 - win_lo_1))] = b[i_3, j_3]
                }
                parfor (i_4 in select((win_lo > select(((n - 1) > 1), (n - 1), 1)), win_lo, select(((n - 1) > 1), (n - 1), 1))..win_hi, j_4 in win_lo_1..win_hi_1) {    # line 12:12; fused: border window copy@line 12
                    scratch_even[(((i_4 - win_lo) * 256) + (j_4 - win_lo_1))] = a[i_4, j_4]
                    scratch_odd[(((i_4 - win_lo) * 256) + (j_4 - win_lo_1))] = b[i_4, j_4]
                }
                parfor (i_5 in select((win_lo > 1), win_lo, 1)..select((win_hi < (n - 1)), win_hi, (n - 1)), j_5 in win_lo_1..select((win_hi_1 < 1), win_hi_1, 1)) {    # line 12:12; fused: border window copy@line 12
                    scratch_even[(((i_5 - win_lo) * 256) + (j_5 - win_lo_1))] = a[i_5, j_5]
                    scratch_odd[(((i_5 - win_lo) * 256) + (j_5 - win_lo_1))] = b[i_5, j_5]
                }
                parfor (i_6 in select((win_lo > 1), win_lo, 1)..select((win_hi < (n - 1)), win_hi, (n - 1)), j_6 in select((win_lo_1 > select(((m - 1) > 1), (m - 1), 1)), win_lo_1, select(((m - 1) > 1), (m - 1), 1))..win_hi_1) {    # line 12:12; fused: border window copy@line 12
                    scratch_even[(((i_6 - win_lo) * 256) + (j_6 - win_lo_1))] = a[i_6, j_6]
                    scratch_odd[(((i_6 - win_lo) * 256) + (j_6 - win_lo_1))] = b[i_6, j_6]
                }
            }
            box_lo: i64 = select(((t_start - (block_rounds - 1)) > 0), (t_start - (block_rounds - 1)), 0)
            box_hi: i64 = select(((t_end + (block_rounds - 1)) < n), (t_end + (block_rounds - 1)), n)
            box_lo_1: i64 = select(((t_start_1 - (block_rounds - 1)) > 0), (t_start_1 - (block_rounds - 1)), 0)
            box_hi_1: i64 = select(((t_end_1 + (block_rounds - 1)) < m), (t_end_1 + (block_rounds - 1)), m)
            in_lo_2: i64 = select((box_lo > 1), box_lo, 1)
            in_hi_2: i64 = select((box_hi < (n - 1)), box_hi, (n - 1))
            in_lo_3: i64 = select((box_lo_1 > 1), box_lo_1, 1)
            in_hi_3: i64 = select((box_hi_1 < (m - 1)), box_hi_1, (m - 1))
            parfor (i_7 in in_lo_2..in_hi_2, j_7 in in_lo_3..in_hi_3) {    # line 12:12; fused: stencil interior@line 12 note:tile round 1
                scratch_odd[(((i_7 - win_lo) * 256) + (j_7 - win_lo_1))] = ((0.5 * a[i_7, j_7]) + (0.125 * (((a[(i_7 - 1), j_7] + a[(i_7 + 1), j_7]) + a[i_7, (j_7 - 1)]) + a[i_7, (j_7 + 1)])))
            }
            next_wraps: i64 = select(((tile_j + 1) >= tiles_1), 1, 0)
            next_start: i64 = ((tile_i + next_wraps) * 62)
            next_lo: i64 = select(((next_start - 9) > 0), (next_start - 9), 0)
            next_hi: i64 = select(((next_start + 71) < n), (next_start + 71), n)
            next_start_1: i64 = (((tile_j + 1) * (1 - next_wraps)) * 238)
            next_lo_1: i64 = select(((next_start_1 - 9) > 0), (next_start_1 - 9), 0)
            next_hi_1: i64 = select(((next_start_1 + 247) < m), (next_start_1 + 247), m)
            if ((next_lo < next_hi) && (next_lo_1 < next_hi_1)) {
                for (row_1 in next_lo..next_hi, line in 0..(((next_hi_1 - next_lo_1) / 8) + 1)) {    # fused: note:prefetch hints: the source window of the next tile, fetched while this tile's later rounds run from its scratch windows
                    prefetch a[row_1, select(((next_lo_1 + (line * 8)) < (next_hi_1 - 1)), (next_lo_1 + (line * 8)), (next_hi_1 - 1))]
                }
            }
            for (pair in 0..((block_rounds - 3) / 2)) {    # fused: note:tile rounds 2 .. last - 2, two a step
                box_lo_2: i64 = select(((t_start - ((block_rounds - 2) - (pair * 2))) > 0), (t_start - ((block_rounds - 2) - (pair * 2))), 0)
                box_hi_2: i64 = select(((t_end + ((block_rounds - 2) - (pair * 2))) < n), (t_end + ((block_rounds - 2) - (pair * 2))), n)
                box_lo_3: i64 = select(((t_start_1 - ((block_rounds - 2) - (pair * 2))) > 0), (t_start_1 - ((block_rounds - 2) - (pair * 2))), 0)
                box_hi_3: i64 = select(((t_end_1 + ((block_rounds - 2) - (pair * 2))) < m), (t_end_1 + ((block_rounds - 2) - (pair * 2))), m)
                in_lo_4: i64 = select((box_lo_2 > 1), box_lo_2, 1)
                in_hi_4: i64 = select((box_hi_2 < (n - 1)), box_hi_2, (n - 1))
                in_lo_5: i64 = select((box_lo_3 > 1), box_lo_3, 1)
                in_hi_5: i64 = select((box_hi_3 < (m - 1)), box_hi_3, (m - 1))
                parfor (i_8 in in_lo_4..in_hi_4, j_8 in in_lo_5..in_hi_5) {    # line 12:12; fused: stencil interior@line 12 note:tile round 2 + 2 pair
                    scratch_even[(((i_8 - win_lo) * 256) + (j_8 - win_lo_1))] = ((0.5 * scratch_odd[(((i_8 - win_lo) * 256) + (j_8 - win_lo_1))]) + (0.125 * (((scratch_odd[((((i_8 - win_lo) * 256) + (j_8 - win_lo_1)) - 256)] + scratch_odd[((((i_8 - win_lo) * 256) + (j_8 - win_lo_1)) + 256)]) + scratch_odd[((((i_8 - win_lo) * 256) + (j_8 - win_lo_1)) - 1)]) + scratch_odd[((((i_8 - win_lo) * 256) + (j_8 - win_lo_1)) + 1)])))
                }
                box_lo_4: i64 = select(((t_start - ((block_rounds - 3) - (pair * 2))) > 0), (t_start - ((block_rounds - 3) - (pair * 2))), 0)
                box_hi_4: i64 = select(((t_end + ((block_rounds - 3) - (pair * 2))) < n), (t_end + ((block_rounds - 3) - (pair * 2))), n)
                box_lo_5: i64 = select(((t_start_1 - ((block_rounds - 3) - (pair * 2))) > 0), (t_start_1 - ((block_rounds - 3) - (pair * 2))), 0)
                box_hi_5: i64 = select(((t_end_1 + ((block_rounds - 3) - (pair * 2))) < m), (t_end_1 + ((block_rounds - 3) - (pair * 2))), m)
                in_lo_6: i64 = select((box_lo_4 > 1), box_lo_4, 1)
                in_hi_6: i64 = select((box_hi_4 < (n - 1)), box_hi_4, (n - 1))
                in_lo_7: i64 = select((box_lo_5 > 1), box_lo_5, 1)
                in_hi_7: i64 = select((box_hi_5 < (m - 1)), box_hi_5, (m - 1))
                parfor (i_9 in in_lo_6..in_hi_6, j_9 in in_lo_7..in_hi_7) {    # line 12:12; fused: stencil interior@line 12 note:tile round 3 + 2 pair
                    scratch_odd[(((i_9 - win_lo) * 256) + (j_9 - win_lo_1))] = ((0.5 * scratch_even[(((i_9 - win_lo) * 256) + (j_9 - win_lo_1))]) + (0.125 * (((scratch_even[((((i_9 - win_lo) * 256) + (j_9 - win_lo_1)) - 256)] + scratch_even[((((i_9 - win_lo) * 256) + (j_9 - win_lo_1)) + 256)]) + scratch_even[((((i_9 - win_lo) * 256) + (j_9 - win_lo_1)) - 1)]) + scratch_even[((((i_9 - win_lo) * 256) + (j_9 - win_lo_1)) + 1)])))
                }
            }
            if ((t_start < t_end) && (t_start_1 < t_end_1)) {
                for (row_2 in t_start..t_end, line_1 in 0..(((t_end_1 - t_start_1) / 8) + 1)) {    # fused: note:prefetch hints: the tile's elements of the written buffer, for the last round's stores
                    prefetch for a write b[row_2, select(((t_start_1 + (line_1 * 8)) < (t_end_1 - 1)), (t_start_1 + (line_1 * 8)), (t_end_1 - 1))]
                }
            }
            box_lo_6: i64 = select(((t_start - 1) > 0), (t_start - 1), 0)
            box_hi_6: i64 = select(((t_end + 1) < n), (t_end + 1), n)
            box_lo_7: i64 = select(((t_start_1 - 1) > 0), (t_start_1 - 1), 0)
            box_hi_7: i64 = select(((t_end_1 + 1) < m), (t_end_1 + 1), m)
            in_lo_8: i64 = select((box_lo_6 > 1), box_lo_6, 1)
            in_hi_8: i64 = select((box_hi_6 < (n - 1)), box_hi_6, (n - 1))
            in_lo_9: i64 = select((box_lo_7 > 1), box_lo_7, 1)
            in_hi_9: i64 = select((box_hi_7 < (m - 1)), box_hi_7, (m - 1))
            parfor (i_10 in in_lo_8..in_hi_8, j_10 in in_lo_9..in_hi_9) {    # line 12:12; fused: stencil interior@line 12 note:tile round last - 1
                scratch_even[(((i_10 - win_lo) * 256) + (j_10 - win_lo_1))] = ((0.5 * scratch_odd[(((i_10 - win_lo) * 256) + (j_10 - win_lo_1))]) + (0.125 * (((scratch_odd[((((i_10 - win_lo) * 256) + (j_10 - win_lo_1)) - 256)] + scratch_odd[((((i_10 - win_lo) * 256) + (j_10 - win_lo_1)) + 256)]) + scratch_odd[((((i_10 - win_lo) * 256) + (j_10 - win_lo_1)) - 1)]) + scratch_odd[((((i_10 - win_lo) * 256) + (j_10 - win_lo_1)) + 1)])))
            }
            box_lo_8: i64 = select(((t_start - 0) > 0), (t_start - 0), 0)
            box_hi_8: i64 = select(((t_end + 0) < n), (t_end + 0), n)
            box_lo_9: i64 = select(((t_start_1 - 0) > 0), (t_start_1 - 0), 0)
            box_hi_9: i64 = select(((t_end_1 + 0) < m), (t_end_1 + 0), m)
            in_lo_10: i64 = select((box_lo_8 > 1), box_lo_8, 1)
            in_hi_10: i64 = select((box_hi_8 < (n - 1)), box_hi_8, (n - 1))
            in_lo_11: i64 = select((box_lo_9 > 1), box_lo_9, 1)
            in_hi_11: i64 = select((box_hi_9 < (m - 1)), box_hi_9, (m - 1))
            parfor (i_11 in in_lo_10..in_hi_10, j_11 in in_lo_11..in_hi_11) {    # line 12:12; fused: stencil interior@line 12 note:tile round last
                b[i_11, j_11] = ((0.5 * scratch_even[(((i_11 - win_lo) * 256) + (j_11 - win_lo_1))]) + (0.125 * (((scratch_even[((((i_11 - win_lo) * 256) + (j_11 - win_lo_1)) - 256)] + scratch_even[((((i_11 - win_lo) * 256) + (j_11 - win_lo_1)) + 256)]) + scratch_even[((((i_11 - win_lo) * 256) + (j_11 - win_lo_1)) - 1)]) + scratch_even[((((i_11 - win_lo) * 256) + (j_11 - win_lo_1)) + 1)])))
            }
        }
        b_next_1: f64[n, m] = a
        a_next_1: f64[n, m] = b
        b: f64[n, m] = b_next_1
        a: f64[n, m] = a_next_1
    }
    rounds (iter in 0..((iterations - (sweeps * 9)) - ((full_blocks * 9) + last_block_rounds))) {    # fused: the rounds the sweeps leave (at least the last; all on more threads)
        parfor (i in 1..i_end, j in 1..j_end) {    # line 12:12; fused: stencil interior@line 12
            b[i, j] = ((0.5 * a[i, j]) + (0.125 * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)])))
        }
        b_last: f64[n, m] = b
        b_next_2: f64[n, m] = a
        a_next_2: f64[n, m] = b
        b: f64[n, m] = b_next_2
        a: f64[n, m] = a_next_2
    }
    if (b_last != out) {
        parfor (i_12 in 0..n, j_12 in 0..m) {    # line 12:5; fused: result@line 12 result-slot:v
            b_last_e: f64 = b_last[i_12, j_12]
            out[i_12, j_12] = b_last_e
        }
    }
    return out
}

export fn busy(n: size, m: size, u: f64[n, m], iterations: i64) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 19:13; fused: copy@line 19
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:20:29: error: negative iteration count in runStencil
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    b: f64[n, m] = v
    a: f64[n, m] = u
    rounds (iter in 0..iterations) {    # fused: not tiled: compute-bound (3.5 operations per byte moved; tiles pay off up to 3)
        parfor (i in 1..i_end, j in 0..j_end) {    # line 20:12; fused: stencil interior@line 20
            b[i, j] = ((exp(a[i, j]) * sin(a[(i - 1), j])) + (cos(a[(i + 1), j]) * log((1.0 + (a[i, (j + 1)] * a[i, (j + 1)])))))
        }
        i_lo_end: i64 = select((1 < n), 1, n)
        parfor (i_2 in 0..i_lo_end, j_2 in 0..m) {    # line 20:12; fused: border :oob_clamp@line 20
            b[i_2, j_2] = ((exp(a[i_2, j_2]) * sin(a[select(((i_2 - 1) < 0), 0, select(((i_2 - 1) >= n), (n - 1), (i_2 - 1))), j_2])) + (cos(a[select(((i_2 + 1) < 0), 0, select(((i_2 + 1) >= n), (n - 1), (i_2 + 1))), j_2]) * log((1.0 + (a[i_2, select(((j_2 + 1) < 0), 0, select(((j_2 + 1) >= m), (m - 1), (j_2 + 1)))] * a[i_2, select(((j_2 + 1) < 0), 0, select(((j_2 + 1) >= m), (m - 1), (j_2 + 1)))])))))
        }
        i_hi_start: i64 = select((i_end > 1), i_end, 1)
        parfor (i_3 in i_hi_start..n, j_3 in 0..m) {    # line 20:12; fused: border :oob_clamp@line 20
            b[i_3, j_3] = ((exp(a[i_3, j_3]) * sin(a[select(((i_3 - 1) < 0), 0, select(((i_3 - 1) >= n), (n - 1), (i_3 - 1))), j_3])) + (cos(a[select(((i_3 + 1) < 0), 0, select(((i_3 + 1) >= n), (n - 1), (i_3 + 1))), j_3]) * log((1.0 + (a[i_3, select(((j_3 + 1) < 0), 0, select(((j_3 + 1) >= m), (m - 1), (j_3 + 1)))] * a[i_3, select(((j_3 + 1) < 0), 0, select(((j_3 + 1) >= m), (m - 1), (j_3 + 1)))])))))
        }
        j_hi_start: i64 = select((j_end > 0), j_end, 0)
        parfor (i_4 in 1..i_end, j_4 in j_hi_start..m) {    # line 20:12; fused: border :oob_clamp@line 20
            b[i_4, j_4] = ((exp(a[i_4, j_4]) * sin(a[select(((i_4 - 1) < 0), 0, select(((i_4 - 1) >= n), (n - 1), (i_4 - 1))), j_4])) + (cos(a[select(((i_4 + 1) < 0), 0, select(((i_4 + 1) >= n), (n - 1), (i_4 + 1))), j_4]) * log((1.0 + (a[i_4, select(((j_4 + 1) < 0), 0, select(((j_4 + 1) >= m), (m - 1), (j_4 + 1)))] * a[i_4, select(((j_4 + 1) < 0), 0, select(((j_4 + 1) >= m), (m - 1), (j_4 + 1)))])))))
        }
        b_last: f64[n, m] = b
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    if (b_last != out) {
        parfor (i_5 in 0..n, j_5 in 0..m) {    # line 20:5; fused: result@line 20 result-slot:v
            b_last_e: f64 = b_last[i_5, j_5]
            out[i_5, j_5] = b_last_e
        }
    }
    return out
}

export fn selfread(n: size, m: size, u: f64[n, m], iterations: i64) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 27:13; fused: copy@line 27
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:28:29: error: negative iteration count in runStencil
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    b: f64[n, m] = v
    a: f64[n, m] = u
    rounds (iter in 0..iterations) {    # fused: not tiled: the kernel reads the buffer it writes
        parfor (i in 1..i_end, j in 1..j_end) {    # line 28:12; fused: stencil interior@line 28
            b[i, j] = ((0.5 * b[i, j]) + (0.125 * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)])))
        }
        b_last: f64[n, m] = b
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    if (b_last != out) {
        parfor (i_2 in 0..n, j_2 in 0..m) {    # line 28:5; fused: result@line 28 result-slot:v
            b_last_e: f64 = b_last[i_2, j_2]
            out[i_2, j_2] = b_last_e
        }
    }
    return out
}

export fn twice(n: size, m: size, u: f64[n, m]) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 35:13; fused: copy@line 35
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    b: f64[n, m] = v
    a: f64[n, m] = u
    rounds (iter in 0..2) {    # fused: not tiled: 2 rounds (a tile advances 3)
        parfor (i in 1..i_end, j in 1..j_end) {    # line 36:12; fused: stencil interior@line 36
            b[i, j] = (0.25 * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)]))
        }
        b_last: f64[n, m] = b
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    if (b_last != out) {
        parfor (i_2 in 0..n, j_2 in 0..m) {    # line 36:5; fused: result@line 36 result-slot:v
            b_last_e: f64 = b_last[i_2, j_2]
            out[i_2, j_2] = b_last_e
        }
    }
    return out
}

export fn cube(n: size, m: size, p: size, u: f64[n, m, p], iterations: i64) -> (out: f64[n, m, p]) {
    v: f64[n, m, p] = out
    parfor (i_1 in 0..n, j_1 in 0..m, k_1 in 0..p) {    # line 43:13; fused: copy@line 43
        u_e: f64 = u[i_1, j_1, k_1]
        v[i_1, j_1, k_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:44:29: error: negative iteration count in runStencil
    b_last: f64[n, m, p] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    k_end: i64 = (p - 1)
    sweeps: i64 = select((((iterations >= 1) && ((((8 * n) * m) * p) >= 2097152)) && (((176 * m) * p) <= 8388608)), ((iterations - 1) / 9), 0)
    b: f64[n, m, p] = v
    a: f64[n, m, p] = u
    for (sweep in 0..sweeps) {    # fused: note:temporal blocking: 9 rounds per sweep over the planes, each round 1 plane behind the one before, in place, a part of the planes a thread and then the seams between the parts (0.3 operations per byte moved; while 2 x (9 x 1 + 2) planes fit in 8 MiB); the rest of the rounds untiled; only when the grid is larger than 2 MiB
        parts: i64 = select((select((extern arr_threads() < (n / 19)), extern arr_threads(), (n / 19)) > 1), select((extern arr_threads() < (n / 19)), extern arr_threads(), (n / 19)), 1)
        parfor (part in 0..parts) {    # line 44:12; fused: note:the sweep's parts, one a thread: each round 1 plane inside the one before at a part's ends where another part lies
            part_lo: i64 = ((part * n) / parts)
            part_hi: i64 = (((part + 1) * n) / parts)
            for (step in part_lo..(part_hi + 8)) {    # fused: note:the sweep's steps: in step s, round r + 1 of the sweep computes plane s - r
                for (sweep_round in 0..9) {    # fused: note:the sweep's rounds in a step, in order
                    plane: i64 = (step - (sweep_round * 1))
                    if ((plane >= select((part > 0), (part_lo + (sweep_round * 1)), part_lo)) && (plane < select(((part + 1) < parts), (part_hi - (sweep_round * 1)), part_hi))) {
                        plane_end: i64 = (plane + 1)
                        if ((sweep_round % 2) == 0) {
                            sweep_from: f64[n, m, p] = a
                            sweep_to: f64[n, m, p] = b
                        } else {
                            sweep_from: f64[n, m, p] = b
                            sweep_to: f64[n, m, p] = a
                        }
                        sweep_lo: i64 = 0
                        sweep_hi: i64 = m
                        sweep_lo_1: i64 = 0
                        sweep_hi_1: i64 = p
                        in_lo: i64 = select((plane > 1), plane, 1)
                        in_hi: i64 = select((plane_end < (n - 1)), plane_end, (n - 1))
                        in_lo_1: i64 = select((sweep_lo > 1), sweep_lo, 1)
                        in_hi_1: i64 = select((sweep_hi < (m - 1)), sweep_hi, (m - 1))
                        in_lo_2: i64 = select((sweep_lo_1 > 0), sweep_lo_1, 0)
                        in_hi_2: i64 = select((sweep_hi_1 < (p - 1)), sweep_hi_1, (p - 1))
                        parfor (i_2 in in_lo..in_hi, j_2 in in_lo_1..in_hi_1, k_2 in in_lo_2..in_hi_2) {    # line 44:12; fused: stencil interior@line 44 note:a sweep's round, 1 plane behind the one before
                            sweep_to[i_2, j_2, k_2] = ((0.5 * sweep_from[i_2, j_2, k_2]) + (0.1 * ((((sweep_from[(i_2 - 1), j_2, k_2] + sweep_from[(i_2 + 1), j_2, k_2]) + sweep_from[i_2, (j_2 - 1), k_2]) + sweep_from[i_2, (j_2 + 1), k_2]) + sweep_from[i_2, j_2, (k_2 + 1)])))
                        }
                    }
                }
            }
        }
        parfor (seam in 1..parts) {    # line 44:12; fused: note:the seams between the parts: round r + 1 of the sweep on the r planes either side
            seam_at: i64 = ((seam * n) / parts)
            for (seam_round in 1..9) {    # fused: note:the seam's rounds, in order
                seam_lo: i64 = (seam_at - (seam_round * 1))
                seam_hi: i64 = (seam_at + (seam_round * 1))
                if ((seam_round % 2) == 0) {
                    sweep_from_1: f64[n, m, p] = a
                    sweep_to_1: f64[n, m, p] = b
                } else {
                    sweep_from_1: f64[n, m, p] = b
                    sweep_to_1: f64[n, m, p] = a
                }
                sweep_lo_2: i64 = 0
                sweep_hi_2: i64 = m
                sweep_lo_3: i64 = 0
                sweep_hi_3: i64 = p
                in_lo_3: i64 = select((seam_lo > 1), seam_lo, 1)
                in_hi_3: i64 = select((seam_hi < (n - 1)), seam_hi, (n - 1))
                in_lo_4: i64 = select((sweep_lo_2 > 1), sweep_lo_2, 1)
                in_hi_4: i64 = select((sweep_hi_2 < (m - 1)), sweep_hi_2, (m - 1))
                in_lo_5: i64 = select((sweep_lo_3 > 0), sweep_lo_3, 0)
                in_hi_5: i64 = select((sweep_hi_3 < (p - 1)), sweep_hi_3, (p - 1))
                parfor (i_3 in in_lo_3..in_hi_3, j_3 in in_lo_4..in_hi_4, k_3 in in_lo_5..in_hi_5) {    # line 44:12; fused: stencil interior@line 44 note:a seam's round
                    sweep_to_1[i_3, j_3, k_3] = ((0.5 * sweep_from_1[i_3, j_3, k_3]) + (0.1 * ((((sweep_from_1[(i_3 - 1), j_3, k_3] + sweep_from_1[(i_3 + 1), j_3, k_3]) + sweep_from_1[i_3, (j_3 - 1), k_3]) + sweep_from_1[i_3, (j_3 + 1), k_3]) + sweep_from_1[i_3, j_3, (k_3 + 1)])))
                }
            }
        }
        b_next: f64[n, m, p] = a
        a_next: f64[n, m, p] = b
        b: f64[n, m, p] = b_next
        a: f64[n, m, p] = a_next
    }
    rounds (iter in 0..(iterations - (sweeps * 9))) {    # fused: the rounds the sweeps leave (at least the last)
        parfor (i in 1..i_end, j in 1..j_end, k in 0..k_end) {    # line 44:12; fused: stencil interior@line 44
            b[i, j, k] = ((0.5 * a[i, j, k]) + (0.1 * ((((a[(i - 1), j, k] + a[(i + 1), j, k]) + a[i, (j - 1), k]) + a[i, (j + 1), k]) + a[i, j, (k + 1)])))
        }
        b_last: f64[n, m, p] = b
        b_next_1: f64[n, m, p] = a
        a_next_1: f64[n, m, p] = b
        b: f64[n, m, p] = b_next_1
        a: f64[n, m, p] = a_next_1
    }
    if (b_last != out) {
        parfor (i_4 in 0..n, j_4 in 0..m, k_4 in 0..p) {    # line 44:5; fused: result@line 44 result-slot:v
            b_last_e: f64 = b_last[i_4, j_4, k_4]
            out[i_4, j_4, k_4] = b_last_e
        }
    }
    return out
}
