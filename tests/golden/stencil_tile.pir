export fn heat(n: size, m: size, u: f64[n, m], iterations: i64) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 7:13; fused: copy@line 7
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:8:29: error: negative iteration count in runStencil
    b: f64[n, m] = v
    a: f64[n, m] = u
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    tile_blocks: i64 = select((((iterations >= 1) && (((8 * n) * m) >= 2097152)) && ((96 * m) <= 524288)), ((iterations - 1) / 5), 0)
    rounds (block in 0..tile_blocks) {; fused: temporal blocking: 5 rounds per sweep, by strips of 128 rows, each a wavefront with a ring of 3 rows per round (0.2 operations per byte moved); the rest of the rounds untiled; only when the grid is larger than 2 MiB and the rings fit in 512 KiB
        parfor (strip in 0..((n + 127) / 128)) {    # line 8:12; fused: stencil strips@line 8
            s_start: i64 = (strip * 128)
            s_end: i64 = select(((s_start + 128) < n), (s_start + 128), n)
            alloc ring: f64[3, m]
            alloc ring_1: f64[3, m]
            alloc ring_2: f64[3, m]
            alloc ring_3: f64[3, m]
            rows_lo: i64 = select(((s_start - 4) > 0), (s_start - 4), 0)
            rows_hi: i64 = select(((s_end + 4) < n), (s_end + 4), n)
            rows_lo_1: i64 = select(((s_start - 3) > 0), (s_start - 3), 0)
            rows_hi_1: i64 = select(((s_end + 3) < n), (s_end + 3), n)
            rows_lo_2: i64 = select(((s_start - 2) > 0), (s_start - 2), 0)
            rows_hi_2: i64 = select(((s_end + 2) < n), (s_end + 2), n)
            rows_lo_3: i64 = select(((s_start - 1) > 0), (s_start - 1), 0)
            rows_hi_3: i64 = select(((s_end + 1) < n), (s_end + 1), n)
            rows_lo_4: i64 = select(((s_start - 0) > 0), (s_start - 0), 0)
            rows_hi_4: i64 = select(((s_end + 0) < n), (s_end + 0), n)
            for (step in rows_lo..(rows_hi_4 + 4)) {; fused: stencil wavefront@line 8
                row: i64 = (step - 0)
                if ((row >= rows_lo) && (row < rows_hi)) {
                    if ((row < 1) || (row >= (n - 1))) {
                        parfor (j_2 in 0..m) {    # line 8:12; fused: border row copy@line 8
                            ring[((row + 21) % 3), j_2] = b[row, j_2]
                        }
                    } else {
                        parfor (j_3 in 0..select((1 < m), 1, m)) {    # line 8:12; fused: border row copy@line 8
                            ring[((row + 21) % 3), j_3] = b[row, j_3]
                        }
                        parfor (j_4 in select(((m - 1) > 1), (m - 1), 1)..m) {    # line 8:12; fused: border row copy@line 8
                            ring[((row + 21) % 3), j_4] = b[row, j_4]
                        }
                    }
                    row_end: i64 = (row + 1)
                    col_lo: i64 = 0
                    col_hi: i64 = m
                    in_lo: i64 = select((row > 1), row, 1)
                    in_hi: i64 = select((row_end < (n - 1)), row_end, (n - 1))
                    in_lo_1: i64 = select((col_lo > 1), col_lo, 1)
                    in_hi_1: i64 = select((col_hi < (m - 1)), col_hi, (m - 1))
                    parfor (i_2 in in_lo..in_hi, j_5 in in_lo_1..in_hi_1) {    # line 8:12; fused: stencil interior@line 8 note:tile round 1 of 5
                        ring[((i_2 + 21) % 3), j_5] = ((0.5 * a[i_2, j_5]) + (0.125 * (((a[(i_2 - 1), j_5] + a[(i_2 + 1), j_5]) + a[i_2, (j_5 - 1)]) + a[i_2, (j_5 + 1)])))
                    }
                }
                row_1: i64 = (step - 1)
                if ((row_1 >= rows_lo_1) && (row_1 < rows_hi_1)) {
                    if ((row_1 < 1) || (row_1 >= (n - 1))) {
                        parfor (j_6 in 0..m) {    # line 8:12; fused: border row copy@line 8
                            ring_1[((row_1 + 21) % 3), j_6] = a[row_1, j_6]
                        }
                    } else {
                        parfor (j_7 in 0..select((1 < m), 1, m)) {    # line 8:12; fused: border row copy@line 8
                            ring_1[((row_1 + 21) % 3), j_7] = a[row_1, j_7]
                        }
                        parfor (j_8 in select(((m - 1) > 1), (m - 1), 1)..m) {    # line 8:12; fused: border row copy@line 8
                            ring_1[((row_1 + 21) % 3), j_8] = a[row_1, j_8]
                        }
                    }
                    row_end_1: i64 = (row_1 + 1)
                    col_lo_1: i64 = 0
                    col_hi_1: i64 = m
                    in_lo_2: i64 = select((row_1 > 1), row_1, 1)
                    in_hi_2: i64 = select((row_end_1 < (n - 1)), row_end_1, (n - 1))
                    in_lo_3: i64 = select((col_lo_1 > 1), col_lo_1, 1)
                    in_hi_3: i64 = select((col_hi_1 < (m - 1)), col_hi_1, (m - 1))
                    parfor (i_3 in in_lo_2..in_hi_2, j_9 in in_lo_3..in_hi_3) {    # line 8:12; fused: stencil interior@line 8 note:tile round 2 of 5
                        ring_1[((i_3 + 21) % 3), j_9] = ((0.5 * ring[((i_3 + 21) % 3), j_9]) + (0.125 * (((ring[(((i_3 - 1) + 21) % 3), j_9] + ring[(((i_3 + 1) + 21) % 3), j_9]) + ring[((i_3 + 21) % 3), (j_9 - 1)]) + ring[((i_3 + 21) % 3), (j_9 + 1)])))
                    }
                }
                row_2: i64 = (step - 2)
                if ((row_2 >= rows_lo_2) && (row_2 < rows_hi_2)) {
                    if ((row_2 < 1) || (row_2 >= (n - 1))) {
                        parfor (j_10 in 0..m) {    # line 8:12; fused: border row copy@line 8
                            ring_2[((row_2 + 21) % 3), j_10] = b[row_2, j_10]
                        }
                    } else {
                        parfor (j_11 in 0..select((1 < m), 1, m)) {    # line 8:12; fused: border row copy@line 8
                            ring_2[((row_2 + 21) % 3), j_11] = b[row_2, j_11]
                        }
                        parfor (j_12 in select(((m - 1) > 1), (m - 1), 1)..m) {    # line 8:12; fused: border row copy@line 8
                            ring_2[((row_2 + 21) % 3), j_12] = b[row_2, j_12]
                        }
                    }
                    row_end_2: i64 = (row_2 + 1)
                    col_lo_2: i64 = 0
                    col_hi_2: i64 = m
                    in_lo_4: i64 = select((row_2 > 1), row_2, 1)
                    in_hi_4: i64 = select((row_end_2 < (n - 1)), row_end_2, (n - 1))
                    in_lo_5: i64 = select((col_lo_2 > 1), col_lo_2, 1)
                    in_hi_5: i64 = select((col_hi_2 < (m - 1)), col_hi_2, (m - 1))
                    parfor (i_4 in in_lo_4..in_hi_4, j_13 in in_lo_5..in_hi_5) {    # line 8:12; fused: stencil interior@line 8 note:tile round 3 of 5
                        ring_2[((i_4 + 21) % 3), j_13] = ((0.5 * ring_1[((i_4 + 21) % 3), j_13]) + (0.125 * (((ring_1[(((i_4 - 1) + 21) % 3), j_13] + ring_1[(((i_4 + 1) + 21) % 3), j_13]) + ring_1[((i_4 + 21) % 3), (j_13 - 1)]) + ring_1[((i_4 + 21) % 3), (j_13 + 1)])))
                    }
                }
                row_3: i64 = (step - 3)
                if ((row_3 >= rows_lo_3) && (row_3 < rows_hi_3)) {
                    if ((row_3 < 1) || (row_3 >= (n - 1))) {
                        parfor (j_14 in 0..m) {    # line 8:12; fused: border row copy@line 8
                            ring_3[((row_3 + 21) % 3), j_14] = a[row_3, j_14]
                        }
                    } else {
                        parfor (j_15 in 0..select((1 < m), 1, m)) {    # line 8:12; fused: border row copy@line 8
                            ring_3[((row_3 + 21) % 3), j_15] = a[row_3, j_15]
                        }
                        parfor (j_16 in select(((m - 1) > 1), (m - 1), 1)..m) {    # line 8:12; fused: border row copy@line 8
                            ring_3[((row_3 + 21) % 3), j_16] = a[row_3, j_16]
                        }
                    }
                    row_end_3: i64 = (row_3 + 1)
                    col_lo_3: i64 = 0
                    col_hi_3: i64 = m
                    in_lo_6: i64 = select((row_3 > 1), row_3, 1)
                    in_hi_6: i64 = select((row_end_3 < (n - 1)), row_end_3, (n - 1))
                    in_lo_7: i64 = select((col_lo_3 > 1), col_lo_3, 1)
                    in_hi_7: i64 = select((col_hi_3 < (m - 1)), col_hi_3, (m - 1))
                    parfor (i_5 in in_lo_6..in_hi_6, j_17 in in_lo_7..in_hi_7) {    # line 8:12; fused: stencil interior@line 8 note:tile round 4 of 5
                        ring_3[((i_5 + 21) % 3), j_17] = ((0.5 * ring_2[((i_5 + 21) % 3), j_17]) + (0.125 * (((ring_2[(((i_5 - 1) + 21) % 3), j_17] + ring_2[(((i_5 + 1) + 21) % 3), j_17]) + ring_2[((i_5 + 21) % 3), (j_17 - 1)]) + ring_2[((i_5 + 21) % 3), (j_17 + 1)])))
                    }
                }
                row_4: i64 = (step - 4)
                if ((row_4 >= rows_lo_4) && (row_4 < rows_hi_4)) {
                    row_end_4: i64 = (row_4 + 1)
                    col_lo_4: i64 = 0
                    col_hi_4: i64 = m
                    in_lo_8: i64 = select((row_4 > 1), row_4, 1)
                    in_hi_8: i64 = select((row_end_4 < (n - 1)), row_end_4, (n - 1))
                    in_lo_9: i64 = select((col_lo_4 > 1), col_lo_4, 1)
                    in_hi_9: i64 = select((col_hi_4 < (m - 1)), col_hi_4, (m - 1))
                    parfor (i_6 in in_lo_8..in_hi_8, j_18 in in_lo_9..in_hi_9) {    # line 8:12; fused: stencil interior@line 8 note:tile round 5 of 5
                        b[i_6, j_18] = ((0.5 * ring_3[((i_6 + 21) % 3), j_18]) + (0.125 * (((ring_3[(((i_6 - 1) + 21) % 3), j_18] + ring_3[(((i_6 + 1) + 21) % 3), j_18]) + ring_3[((i_6 + 21) % 3), (j_18 - 1)]) + ring_3[((i_6 + 21) % 3), (j_18 + 1)])))
                    }
                }
            }
        }
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    rounds (iter in 0..(iterations - (tile_blocks * 5))) {; fused: the rounds the tiles leave (at least the last)
        parfor (i in 1..i_end, j in 1..j_end) {    # line 8:12; fused: stencil interior@line 8
            b[i, j] = ((0.5 * a[i, j]) + (0.125 * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)])))
        }
        b_last: f64[n, m] = b
        b_next_1: f64[n, m] = a
        a_next_1: f64[n, m] = b
        b: f64[n, m] = b_next_1
        a: f64[n, m] = a_next_1
    }
    parfor (i_7 in 0..n, j_19 in 0..m) {    # line 8:5; fused: result@line 8 result-slot:v
        b_last_e: f64 = b_last[i_7, j_19]
        out[i_7, j_19] = b_last_e
    }
    return out
}

export fn busy(n: size, m: size, u: f64[n, m], iterations: i64) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 15:13; fused: copy@line 15
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:16:29: error: negative iteration count in runStencil
    b: f64[n, m] = v
    a: f64[n, m] = u
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    rounds (iter in 0..iterations) {; fused: not tiled: compute-bound (3.5 operations per byte moved; tiles pay off up to 3)
        parfor (i in 1..i_end, j in 0..j_end) {    # line 16:12; fused: stencil interior@line 16
            b[i, j] = ((exp(a[i, j]) * sin(a[(i - 1), j])) + (cos(a[(i + 1), j]) * log((1.0 + (a[i, (j + 1)] * a[i, (j + 1)])))))
        }
        i_lo_end: i64 = select((1 < n), 1, n)
        parfor (i_2 in 0..i_lo_end, j_2 in 0..m) {    # line 16:12; fused: border :oob_clamp@line 16
            b[i_2, j_2] = ((exp(a[i_2, j_2]) * sin(a[select(((i_2 - 1) < 0), 0, select(((i_2 - 1) >= n), (n - 1), (i_2 - 1))), j_2])) + (cos(a[select(((i_2 + 1) < 0), 0, select(((i_2 + 1) >= n), (n - 1), (i_2 + 1))), j_2]) * log((1.0 + (a[i_2, select(((j_2 + 1) < 0), 0, select(((j_2 + 1) >= m), (m - 1), (j_2 + 1)))] * a[i_2, select(((j_2 + 1) < 0), 0, select(((j_2 + 1) >= m), (m - 1), (j_2 + 1)))])))))
        }
        i_hi_start: i64 = select((i_end > 1), i_end, 1)
        parfor (i_3 in i_hi_start..n, j_3 in 0..m) {    # line 16:12; fused: border :oob_clamp@line 16
            b[i_3, j_3] = ((exp(a[i_3, j_3]) * sin(a[select(((i_3 - 1) < 0), 0, select(((i_3 - 1) >= n), (n - 1), (i_3 - 1))), j_3])) + (cos(a[select(((i_3 + 1) < 0), 0, select(((i_3 + 1) >= n), (n - 1), (i_3 + 1))), j_3]) * log((1.0 + (a[i_3, select(((j_3 + 1) < 0), 0, select(((j_3 + 1) >= m), (m - 1), (j_3 + 1)))] * a[i_3, select(((j_3 + 1) < 0), 0, select(((j_3 + 1) >= m), (m - 1), (j_3 + 1)))])))))
        }
        j_hi_start: i64 = select((j_end > 0), j_end, 0)
        parfor (i_4 in 1..i_end, j_4 in j_hi_start..m) {    # line 16:12; fused: border :oob_clamp@line 16
            b[i_4, j_4] = ((exp(a[i_4, j_4]) * sin(a[select(((i_4 - 1) < 0), 0, select(((i_4 - 1) >= n), (n - 1), (i_4 - 1))), j_4])) + (cos(a[select(((i_4 + 1) < 0), 0, select(((i_4 + 1) >= n), (n - 1), (i_4 + 1))), j_4]) * log((1.0 + (a[i_4, select(((j_4 + 1) < 0), 0, select(((j_4 + 1) >= m), (m - 1), (j_4 + 1)))] * a[i_4, select(((j_4 + 1) < 0), 0, select(((j_4 + 1) >= m), (m - 1), (j_4 + 1)))])))))
        }
        b_last: f64[n, m] = b
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    parfor (i_5 in 0..n, j_5 in 0..m) {    # line 16:5; fused: result@line 16 result-slot:v
        b_last_e: f64 = b_last[i_5, j_5]
        out[i_5, j_5] = b_last_e
    }
    return out
}

export fn selfread(n: size, m: size, u: f64[n, m], iterations: i64) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 23:13; fused: copy@line 23
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:24:29: error: negative iteration count in runStencil
    b: f64[n, m] = v
    a: f64[n, m] = u
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    rounds (iter in 0..iterations) {; fused: not tiled: the kernel reads the buffer it writes
        parfor (i in 1..i_end, j in 1..j_end) {    # line 24:12; fused: stencil interior@line 24
            b[i, j] = ((0.5 * b[i, j]) + (0.125 * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)])))
        }
        b_last: f64[n, m] = b
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    parfor (i_2 in 0..n, j_2 in 0..m) {    # line 24:5; fused: result@line 24 result-slot:v
        b_last_e: f64 = b_last[i_2, j_2]
        out[i_2, j_2] = b_last_e
    }
    return out
}

export fn twice(n: size, m: size, u: f64[n, m]) -> (out: f64[n, m]) {
    v: f64[n, m] = out
    parfor (i_1 in 0..n, j_1 in 0..m) {    # line 31:13; fused: copy@line 31
        u_e: f64 = u[i_1, j_1]
        v[i_1, j_1] = u_e
    }
    b: f64[n, m] = v
    a: f64[n, m] = u
    b_last: f64[n, m] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    rounds (iter in 0..2) {; fused: not tiled: 2 rounds (a tile advances 5)
        parfor (i in 1..i_end, j in 1..j_end) {    # line 32:12; fused: stencil interior@line 32
            b[i, j] = (0.25 * (((a[(i - 1), j] + a[(i + 1), j]) + a[i, (j - 1)]) + a[i, (j + 1)]))
        }
        b_last: f64[n, m] = b
        b_next: f64[n, m] = a
        a_next: f64[n, m] = b
        b: f64[n, m] = b_next
        a: f64[n, m] = a_next
    }
    parfor (i_2 in 0..n, j_2 in 0..m) {    # line 32:5; fused: result@line 32 result-slot:v
        b_last_e: f64 = b_last[i_2, j_2]
        out[i_2, j_2] = b_last_e
    }
    return out
}

export fn cube(n: size, m: size, p: size, u: f64[n, m, p], iterations: i64) -> (out: f64[n, m, p]) {
    v: f64[n, m, p] = out
    parfor (i_1 in 0..n, j_1 in 0..m, k_1 in 0..p) {    # line 39:13; fused: copy@line 39
        u_e: f64 = u[i_1, j_1, k_1]
        v[i_1, j_1, k_1] = u_e
    }
    check (iterations >= 0)    # tests/golden/stencil_tile.arr:40:29: error: negative iteration count in runStencil
    b: f64[n, m, p] = v
    a: f64[n, m, p] = u
    b_last: f64[n, m, p] = v
    i_end: i64 = (n - 1)
    j_end: i64 = (m - 1)
    k_end: i64 = (p - 1)
    rounds (iter in 0..iterations) {; fused: not tiled: a 3-D tile of cache size would be mostly halo
        parfor (i in 1..i_end, j in 1..j_end, k in 0..k_end) {    # line 40:12; fused: stencil interior@line 40
            b[i, j, k] = ((0.5 * a[i, j, k]) + (0.1 * ((((a[(i - 1), j, k] + a[(i + 1), j, k]) + a[i, (j - 1), k]) + a[i, (j + 1), k]) + a[i, j, (k + 1)])))
        }
        b_last: f64[n, m, p] = b
        b_next: f64[n, m, p] = a
        a_next: f64[n, m, p] = b
        b: f64[n, m, p] = b_next
        a: f64[n, m, p] = a_next
    }
    parfor (i_2 in 0..n, j_2 in 0..m, k_2 in 0..p) {    # line 40:5; fused: result@line 40 result-slot:v
        b_last_e: f64 = b_last[i_2, j_2, k_2]
        out[i_2, j_2, k_2] = b_last_e
    }
    return out
}
