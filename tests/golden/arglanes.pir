export fn near(n: size, k: size, px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/arglanes.arr:18:13: error: 'argmin' of an empty array
    cx_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_5]))
    }
    cy_finite: bool = true
    for (i_6 in 0..k) {    # fused: note:are the elements of 'cy' all finite (for an argmin without NaN tracking)
        cy_finite: bool = (cy_finite && isfinite(cy[i_6]))
    }
    parfor (blk in 0..((select((n > 0), (n - 0), 0) + 31) / 32)) {    # line 18:5; fused: comprehension@line 18 result@line 18
        rows_lo: i64 = (0 + (blk * 32))
        rows_hi: i64 = select((n < (rows_lo + 32)), n, (rows_lo + 32))
        lanes_end: i64 = (rows_lo + (((rows_hi - rows_lo) / 32) * 32))
        alloc lane_best: f64[32]
        alloc lane_at: i64[32]
        for (i in rows_lo..rows_hi) {    # fused: note:its rows' argmin by blocks of 32 rows, a row a vector lane
            lane: i64 = ((i - rows_lo) & 31)
            if ((lane == 0) && (i < lanes_end)) {
                parfor (l in 0..32) {    # line 18:5
                    lane_best[l] = inf
                    lane_at[l] = 0
                }
                for (c_1 in 0..k) {    # fused: note:the argmin of 32 rows at a time, a row a vector lane
                    parfor (l_1 in 0..32) {    # line 18:5; fused: comprehension@line 18 argmin@line 18 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], py[i], cx, cy are finite (checked before the loop; else the loop that tracks NaNs runs)
                        i_7: i64 = (i + l_1)
                        x_1_1: f64 = px[i_7]
                        y_1_1: f64 = py[i_7]
                        cx_1_1_1: f64 = cx[c_1]
                        cy_1_1_1: f64 = cy[c_1]
                        dx_1_1: f64 = (x_1_1 - cx_1_1_1)
                        dy_1_1: f64 = (y_1_1 - cy_1_1_1)
                        t1_v_1_1: f64 = ((dx_1_1 * dx_1_1) + (dy_1_1 * dy_1_1))
                        lane_better: bool = (t1_v_1_1 < lane_best[l_1])
                        lane_at[l_1] = (lane_at[l_1] ^ ((lane_at[l_1] ^ c_1) & (-i64(lane_better))))
                        lane_best[l_1] = select(lane_better, t1_v_1_1, lane_best[l_1])
                    }
                }
            }
            if (((((0 < k) && isfinite(px[i])) && isfinite(py[i])) && cx_finite) && cy_finite) {
                if (i < lanes_end) {
                    t2_best: f64 = lane_best[lane]
                    t2: i64 = lane_at[lane]
                } else {
                    parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 18:13; fused: comprehension@line 18 argmin@line 18 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], py[i], cx, cy are finite (checked before the loop; else the loop that tracks NaNs runs)
                        x_1: f64 = px[i]
                        y_1: f64 = py[i]
                        cx_1_1: f64 = cx[c]
                        cy_1_1: f64 = cy[c]
                        dx_1: f64 = (x_1 - cx_1_1)
                        dy_1: f64 = (y_1 - cy_1_1)
                        t1_v_1: f64 = ((dx_1 * dx_1) + (dy_1 * dy_1))
                        t2_best <argmin= t1_v_1
                    }
                }
            } else {
                parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 18:13; fused: comprehension@line 18 argmin@line 18 note:the version that tracks NaNs, for inputs that are not all finite
                    x: f64 = px[i]
                    y: f64 = py[i]
                    cx_1: f64 = cx[c]
                    cy_1: f64 = cy[c]
                    dx: f64 = (x - cx_1)
                    dy: f64 = (y - cy_1)
                    t1_v: f64 = ((dx * dx) + (dy * dy))
                    t2_best <argmin= t1_v
                }
            }
            t3_e: i64 = t2
            out[i] = t3_e
        }
    }
    return out
}

export fn far32(n: size, k: size, px: f32[n], cx: f32[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/arglanes.arr:21:13: error: 'argmax' of an empty array
    cx_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_5]))
    }
    parfor (blk in 0..((select((n > 0), (n - 0), 0) + 31) / 32)) {    # line 21:5; fused: comprehension@line 21 result@line 21
        rows_lo: i64 = (0 + (blk * 32))
        rows_hi: i64 = select((n < (rows_lo + 32)), n, (rows_lo + 32))
        lanes_end: i64 = (rows_lo + (((rows_hi - rows_lo) / 32) * 32))
        alloc lane_best: f32[32]
        alloc lane_at: i64[32]
        for (i in rows_lo..rows_hi) {    # fused: note:its rows' argmax by blocks of 32 rows, a row a vector lane
            lane: i64 = ((i - rows_lo) & 31)
            if ((lane == 0) && (i < lanes_end)) {
                parfor (l in 0..32) {    # line 21:5
                    lane_best[l] = -inff
                    lane_at[l] = 0
                }
                for (c_1 in 0..k) {    # fused: note:the argmax of 32 rows at a time, a row a vector lane
                    parfor (l_1 in 0..32) {    # line 21:5; fused: comprehension@line 21 argmax@line 21 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                        i_6: i64 = (i + l_1)
                        t1_v_1_1: f32 = abs((px[i_6] - cx[c_1]))
                        lane_better: bool = (t1_v_1_1 > lane_best[l_1])
                        lane_at[l_1] = (lane_at[l_1] ^ ((lane_at[l_1] ^ c_1) & (-i64(lane_better))))
                        lane_best[l_1] = select(lane_better, t1_v_1_1, lane_best[l_1])
                    }
                }
            }
            if (((0 < k) && isfinite(px[i])) && cx_finite) {
                if (i < lanes_end) {
                    t2_best: f32 = lane_best[lane]
                    t2: i64 = lane_at[lane]
                } else {
                    parfor (c in 0..k) reduce(argmax: t2_best, t2) {    # line 21:13; fused: comprehension@line 21 argmax@line 21 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                        t1_v_1: f32 = abs((px[i] - cx[c]))
                        t2_best <argmax= t1_v_1
                    }
                }
            } else {
                parfor (c in 0..k) reduce(argmax: t2_best, t2) {    # line 21:13; fused: comprehension@line 21 argmax@line 21 note:the version that tracks NaNs, for inputs that are not all finite
                    t1_v: f32 = abs((px[i] - cx[c]))
                    t2_best <argmax= t1_v
                }
            }
            t3_e: i64 = t2
            out[i] = t3_e
        }
    }
    return out
}

export fn step(n: size, k: size, px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (out0: i64[n], out1: f64[k]) {
    check ((n <= 0) || (k > 0))    # tests/golden/arglanes.arr:24:19: error: 'argmin' of an empty array
    cx_finite: bool = true
    for (i_10 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_10]))
    }
    cy_finite: bool = true
    for (i_11 in 0..k) {    # fused: note:are the elements of 'cy' all finite (for an argmin without NaN tracking)
        cy_finite: bool = (cy_finite && isfinite(cy[i_11]))
    }
    rows: i64 = select((n < 0), 0, (n - 0))
    nchunks: i64 = select((rows > 64), 64, rows)
    chunk: i64 = select((nchunks > 0), (rows / nchunks), 0)
    chunk_rem: i64 = select((nchunks > 0), (rows % nchunks), 0)
    alloc t6_bins: f64[nchunks, k]
    parfor (t in 0..nchunks) {    # line 26:5; fused: group-by-key comprehension@line 24 result@line 26 note:each row's key is made and binned in one visit (the loop that makes the keys runs in the chunks)
        parfor (b in 0..k) {    # line 26:5
            t6_bins[t, b] = 0.0
        }
        i0: i64 = ((0 + (t * chunk)) + select((t < chunk_rem), t, chunk_rem))
        i1: i64 = ((i0 + chunk) + select((t < chunk_rem), 1, 0))
        lanes_end: i64 = (i0 + (((i1 - i0) / 32) * 32))
        alloc lane_best: f64[32]
        alloc lane_at: i64[32]
        for (i in i0..i1) {    # fused: note:the chunk's rows, in order, each added to the chunk's bins note:its rows' argmin by blocks of 32 rows, a row a vector lane
            lane: i64 = ((i - i0) & 31)
            if ((lane == 0) && (i < lanes_end)) {
                parfor (l in 0..32) {    # line 26:5
                    lane_best[l] = inf
                    lane_at[l] = 0
                }
                for (c_2 in 0..k) {    # fused: note:the argmin of 32 rows at a time, a row a vector lane
                    parfor (l_1 in 0..32) {    # line 26:5; fused: comprehension@line 24 argmin@line 24 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], py[i], cx, cy are finite (checked before the loop; else the loop that tracks NaNs runs)
                        i_12: i64 = (i + l_1)
                        x_1_1: f64 = px[i_12]
                        y_1_1: f64 = py[i_12]
                        cx_1_1_1: f64 = cx[c_2]
                        cy_1_1_1: f64 = cy[c_2]
                        dx_1_1: f64 = (x_1_1 - cx_1_1_1)
                        dy_1_1: f64 = (y_1_1 - cy_1_1_1)
                        t1_v_1_1: f64 = ((dx_1_1 * dx_1_1) + (dy_1_1 * dy_1_1))
                        lane_better: bool = (t1_v_1_1 < lane_best[l_1])
                        lane_at[l_1] = (lane_at[l_1] ^ ((lane_at[l_1] ^ c_2) & (-i64(lane_better))))
                        lane_best[l_1] = select(lane_better, t1_v_1_1, lane_best[l_1])
                    }
                }
            }
            if (((((0 < k) && isfinite(px[i])) && isfinite(py[i])) && cx_finite) && cy_finite) {
                if (i < lanes_end) {
                    t2_best: f64 = lane_best[lane]
                    t2: i64 = lane_at[lane]
                } else {
                    parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 24:19; fused: comprehension@line 24 argmin@line 24 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], py[i], cx, cy are finite (checked before the loop; else the loop that tracks NaNs runs)
                        x_1: f64 = px[i]
                        y_1: f64 = py[i]
                        cx_1_1: f64 = cx[c]
                        cy_1_1: f64 = cy[c]
                        dx_1: f64 = (x_1 - cx_1_1)
                        dy_1: f64 = (y_1 - cy_1_1)
                        t1_v_1: f64 = ((dx_1 * dx_1) + (dy_1 * dy_1))
                        t2_best <argmin= t1_v_1
                    }
                }
            } else {
                parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 24:19; fused: comprehension@line 24 argmin@line 24 note:the version that tracks NaNs, for inputs that are not all finite
                    x: f64 = px[i]
                    y: f64 = py[i]
                    cx_1: f64 = cx[c]
                    cy_1: f64 = cy[c]
                    dx: f64 = (x - cx_1)
                    dy: f64 = (y - cy_1)
                    t1_v: f64 = ((dx * dx) + (dy * dy))
                    t2_best <argmin= t1_v
                }
            }
            assign_e_1: i64 = t2
            out0[i] = assign_e_1
            assign_e_2: i64 = t2
            px_e_1: f64 = px[i]
            t5_v_1: f64 = select(true, px_e_1, 0.0)
            v_1: f64 = t5_v_1
            if ((assign_e_2 >= 0) && (assign_e_2 < k)) {
                t6_bins[t, assign_e_2] = (t6_bins[t, assign_e_2] + v_1)
            }
        }
    }
    parfor (c_1 in 0..k) {    # line 26:5; fused: comprehension@line 25 result@line 26
        t6: f64 = 0.0
        for (t_1 in 0..nchunks) {    # fused: note:the chunks' bins added up, in chunk order
            t6: f64 = (t6 + t6_bins[t_1, c_1])
        }
        sx_e: f64 = t6
        out1[c_1] = sx_e
    }
    return out0, out1
}

export fn tracked(n: size, k: size, px: f64[n], py: f64[n], cx: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/arglanes.arr:29:13: error: 'argmin' of an empty array
    if (k > 1024) {
        parfor (i in 0..n) {    # line 29:5; fused: comprehension@line 29 result@line 29
            parfor (c_1 in 0..k) reduce(argmin_blocked: t2_best_1, t2_1) {    # line 29:13; fused: comprehension@line 29 argmin@line 29 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
                t1_v_1: f64 = ((px[i] - cx[c_1]) * (py[i] - cx[c_1]))
                t2_best_1 <argmin= t1_v_1
            }
            t3_e_1: i64 = t2_1
            out[i] = t3_e_1
        }
    } else {
        parfor (i in 0..n) {    # line 29:5; fused: comprehension@line 29 result@line 29
            parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 29:13; fused: comprehension@line 29 argmin@line 29
                t1_v: f64 = ((px[i] - cx[c]) * (py[i] - cx[c]))
                t2_best <argmin= t1_v
            }
            t3_e: i64 = t2
            out[i] = t3_e
        }
    }
    return out
}

export fn quant(h: size, w: size, k: size, img: f64[h, w], pal: f64[k]) -> (out: i64[h, w]) {
    check ((w <= 0) || ((h <= 0) || (k > 0)))    # tests/golden/arglanes.arr:32:13: error: 'argmin' of an empty array
    pal_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'pal' all finite (for an argmin without NaN tracking)
        pal_finite: bool = (pal_finite && isfinite(pal[i_5]))
    }
    parfor (i in 0..h, blk in 0..((select((w > 0), (w - 0), 0) + 31) / 32)) {    # line 32:5; fused: comprehension@line 32 result@line 32
        rows_lo: i64 = (0 + (blk * 32))
        rows_hi: i64 = select((w < (rows_lo + 32)), w, (rows_lo + 32))
        lanes_end: i64 = (rows_lo + (((rows_hi - rows_lo) / 32) * 32))
        alloc lane_best: f64[32]
        alloc lane_at: i64[32]
        for (j in rows_lo..rows_hi) {    # fused: note:its rows' argmin by blocks of 32 rows, a row a vector lane
            lane: i64 = ((j - rows_lo) & 31)
            if ((lane == 0) && (j < lanes_end)) {
                parfor (l in 0..32) {    # line 32:5
                    lane_best[l] = inf
                    lane_at[l] = 0
                }
                for (c_1 in 0..k) {    # fused: note:the argmin of 32 rows at a time, a row a vector lane
                    parfor (l_1 in 0..32) {    # line 32:5; fused: comprehension@line 32 argmin@line 32 note:its argmin/argmax without NaN tracking: the values cannot be NaN when img[i, j], pal are finite (checked before the loop; else the loop that tracks NaNs runs)
                        j_3: i64 = (j + l_1)
                        t1_v_1_1: f64 = ((img[i, j_3] - pal[c_1]) * (img[i, j_3] - pal[c_1]))
                        lane_better: bool = (t1_v_1_1 < lane_best[l_1])
                        lane_at[l_1] = (lane_at[l_1] ^ ((lane_at[l_1] ^ c_1) & (-i64(lane_better))))
                        lane_best[l_1] = select(lane_better, t1_v_1_1, lane_best[l_1])
                    }
                }
            }
            if (((0 < k) && isfinite(img[i, j])) && pal_finite) {
                if (j < lanes_end) {
                    t2_best: f64 = lane_best[lane]
                    t2: i64 = lane_at[lane]
                } else {
                    parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 32:13; fused: comprehension@line 32 argmin@line 32 note:its argmin/argmax without NaN tracking: the values cannot be NaN when img[i, j], pal are finite (checked before the loop; else the loop that tracks NaNs runs)
                        t1_v_1: f64 = ((img[i, j] - pal[c]) * (img[i, j] - pal[c]))
                        t2_best <argmin= t1_v_1
                    }
                }
            } else {
                parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 32:13; fused: comprehension@line 32 argmin@line 32 note:the version that tracks NaNs, for inputs that are not all finite
                    t1_v: f64 = ((img[i, j] - pal[c]) * (img[i, j] - pal[c]))
                    t2_best <argmin= t1_v
                }
            }
            t3_e: i64 = t2
            out[i, j] = t3_e
        }
    }
    return out
}

export fn sq2(n: size, k: size, px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/arglanes.arr:35:13: error: 'argmin' of an empty array
    cx_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_5]))
    }
    cy_finite: bool = true
    for (i_6 in 0..k) {    # fused: note:are the elements of 'cy' all finite (for an argmin without NaN tracking)
        cy_finite: bool = (cy_finite && isfinite(cy[i_6]))
    }
    parfor (blk in 0..((select((n > 0), (n - 0), 0) + 31) / 32)) {    # line 35:5; fused: comprehension@line 35 result@line 35
        rows_lo: i64 = (0 + (blk * 32))
        rows_hi: i64 = select((n < (rows_lo + 32)), n, (rows_lo + 32))
        lanes_end: i64 = (rows_lo + (((rows_hi - rows_lo) / 32) * 32))
        alloc lane_best: f64[32]
        alloc lane_at: i64[32]
        for (i in rows_lo..rows_hi) {    # fused: note:its rows' argmin by blocks of 32 rows, a row a vector lane
            lane: i64 = ((i - rows_lo) & 31)
            if ((lane == 0) && (i < lanes_end)) {
                parfor (l in 0..32) {    # line 35:5
                    lane_best[l] = inf
                    lane_at[l] = 0
                }
                for (c_1 in 0..k) {    # fused: note:the argmin of 32 rows at a time, a row a vector lane
                    parfor (l_1 in 0..32) {    # line 35:5; fused: comprehension@line 35 argmin@line 35 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], py[i], cx, cy are finite (checked before the loop; else the loop that tracks NaNs runs)
                        i_7: i64 = (i + l_1)
                        t1_v_1_1: f64 = (((px[i_7] - cx[c_1]) ** 2.0) + ((py[i_7] - cy[c_1]) ** 2.0))
                        lane_better: bool = (t1_v_1_1 < lane_best[l_1])
                        lane_at[l_1] = (lane_at[l_1] ^ ((lane_at[l_1] ^ c_1) & (-i64(lane_better))))
                        lane_best[l_1] = select(lane_better, t1_v_1_1, lane_best[l_1])
                    }
                }
            }
            if (((((0 < k) && isfinite(px[i])) && isfinite(py[i])) && cx_finite) && cy_finite) {
                if (i < lanes_end) {
                    t2_best: f64 = lane_best[lane]
                    t2: i64 = lane_at[lane]
                } else {
                    parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 35:13; fused: comprehension@line 35 argmin@line 35 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], py[i], cx, cy are finite (checked before the loop; else the loop that tracks NaNs runs)
                        t1_v_1: f64 = (((px[i] - cx[c]) ** 2.0) + ((py[i] - cy[c]) ** 2.0))
                        t2_best <argmin= t1_v_1
                    }
                }
            } else {
                parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 35:13; fused: comprehension@line 35 argmin@line 35 note:the version that tracks NaNs, for inputs that are not all finite
                    t1_v: f64 = (((px[i] - cx[c]) ** 2.0) + ((py[i] - cy[c]) ** 2.0))
                    t2_best <argmin= t1_v
                }
            }
            t3_e: i64 = t2
            out[i] = t3_e
        }
    }
    return out
}

export fn expd(n: size, k: size, px: f64[n], cx: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/arglanes.arr:40:13: error: 'argmin' of an empty array
    cx_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_5]))
    }
    parfor (i in 0..n) {    # line 40:5; fused: comprehension@line 40 result@line 40
        if (((0 < k) && isfinite(px[i])) && cx_finite) {
            parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 40:13; fused: comprehension@line 40 argmin@line 40 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                t1_v_1: f64 = exp((px[i] - cx[c]))
                t2_best <argmin= t1_v_1
            }
        } else {
            parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 40:13; fused: comprehension@line 40 argmin@line 40 note:the version that tracks NaNs, for inputs that are not all finite
                t1_v: f64 = exp((px[i] - cx[c]))
                t2_best <argmin= t1_v
            }
        }
        t3_e: i64 = t2
        out[i] = t3_e
    }
    return out
}
