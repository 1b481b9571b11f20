export fn nearest(n: size, k: size, px: f64[n], cx: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/argmin_nanfree.arr:10:13: error: 'argmin' of an empty array
    cx_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_5]))
    }
    parfor (blk in 0..((select((n > 0), (n - 0), 0) + 31) / 32)) {    # line 10:5; fused: comprehension@line 10 result@line 10
        rows_lo: i64 = (0 + (blk * 32))
        rows_hi: i64 = select((n < (rows_lo + 32)), n, (rows_lo + 32))
        lanes_end: i64 = (rows_lo + (((rows_hi - rows_lo) / 32) * 32))
        alloc lane_best: f64[32]
        alloc lane_at: i64[32]
        for (i in rows_lo..rows_hi) {    # fused: note:its rows' argmin by blocks of 32 rows, a row a vector lane
            lane: i64 = ((i - rows_lo) & 31)
            if ((lane == 0) && (i < lanes_end)) {
                parfor (l in 0..32) {    # line 10:5
                    lane_best[l] = inf
                    lane_at[l] = 0
                }
                for (c_1 in 0..k) {    # fused: note:the argmin of 32 rows at a time, a row a vector lane
                    parfor (l_1 in 0..32) {    # line 10:5; fused: comprehension@line 10 argmin@line 10 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                        i_6: i64 = (i + l_1)
                        x_1_1: f64 = (px[i_6] - cx[c_1])
                        t1_v_1_1: f64 = (x_1_1 * x_1_1)
                        lane_better: bool = (t1_v_1_1 < lane_best[l_1])
                        lane_at[l_1] = (lane_at[l_1] ^ ((lane_at[l_1] ^ c_1) & (-i64(lane_better))))
                        lane_best[l_1] = select(lane_better, t1_v_1_1, lane_best[l_1])
                    }
                }
            }
            if (((0 < k) && isfinite(px[i])) && cx_finite) {
                if (i < lanes_end) {
                    t2_best: f64 = lane_best[lane]
                    t2: i64 = lane_at[lane]
                } else {
                    parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 10:13; fused: comprehension@line 10 argmin@line 10 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                        x_1: f64 = (px[i] - cx[c])
                        t1_v_1: f64 = (x_1 * x_1)
                        t2_best <argmin= t1_v_1
                    }
                }
            } else {
                parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 10:13; fused: comprehension@line 10 argmin@line 10 note:the version that tracks NaNs, for inputs that are not all finite
                    x: f64 = (px[i] - cx[c])
                    t1_v: f64 = (x * x)
                    t2_best <argmin= t1_v
                }
            }
            t3_e: i64 = t2
            out[i] = t3_e
        }
    }
    return out
}

export fn square(n: size, k: size, px: f64[n], cx: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/argmin_nanfree.arr:14:13: error: 'argmin' of an empty array
    cx_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_5]))
    }
    parfor (blk in 0..((select((n > 0), (n - 0), 0) + 31) / 32)) {    # line 14:5; fused: comprehension@line 14 result@line 14
        rows_lo: i64 = (0 + (blk * 32))
        rows_hi: i64 = select((n < (rows_lo + 32)), n, (rows_lo + 32))
        lanes_end: i64 = (rows_lo + (((rows_hi - rows_lo) / 32) * 32))
        alloc lane_best: f64[32]
        alloc lane_at: i64[32]
        for (i in rows_lo..rows_hi) {    # fused: note:its rows' argmin by blocks of 32 rows, a row a vector lane
            lane: i64 = ((i - rows_lo) & 31)
            if ((lane == 0) && (i < lanes_end)) {
                parfor (l in 0..32) {    # line 14:5
                    lane_best[l] = inf
                    lane_at[l] = 0
                }
                for (c_1 in 0..k) {    # fused: note:the argmin of 32 rows at a time, a row a vector lane
                    parfor (l_1 in 0..32) {    # line 14:5; fused: comprehension@line 14 argmin@line 14 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                        i_6: i64 = (i + l_1)
                        t1_v_1_1: f64 = ((px[i_6] - cx[c_1]) * (px[i_6] - cx[c_1]))
                        lane_better: bool = (t1_v_1_1 < lane_best[l_1])
                        lane_at[l_1] = (lane_at[l_1] ^ ((lane_at[l_1] ^ c_1) & (-i64(lane_better))))
                        lane_best[l_1] = select(lane_better, t1_v_1_1, lane_best[l_1])
                    }
                }
            }
            if (((0 < k) && isfinite(px[i])) && cx_finite) {
                if (i < lanes_end) {
                    t2_best: f64 = lane_best[lane]
                    t2: i64 = lane_at[lane]
                } else {
                    parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 14:13; fused: comprehension@line 14 argmin@line 14 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                        t1_v_1: f64 = ((px[i] - cx[c]) * (px[i] - cx[c]))
                        t2_best <argmin= t1_v_1
                    }
                }
            } else {
                parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 14:13; fused: comprehension@line 14 argmin@line 14 note:the version that tracks NaNs, for inputs that are not all finite
                    t1_v: f64 = ((px[i] - cx[c]) * (px[i] - cx[c]))
                    t2_best <argmin= t1_v
                }
            }
            t3_e: i64 = t2
            out[i] = t3_e
        }
    }
    return out
}

export fn risky(n: size, k: size, px: f64[n], py: f64[n], cx: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/argmin_nanfree.arr:17:13: error: 'argmin' of an empty array
    if (k > 1024) {
        parfor (i in 0..n) {    # line 17:5; fused: comprehension@line 17 result@line 17
            parfor (c_1 in 0..k) reduce(argmin_blocked: t2_best_1, t2_1) {    # line 17:13; fused: comprehension@line 17 argmin@line 17 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
                t1_v_1: f64 = ((px[i] - cx[c_1]) * (py[i] - cx[c_1]))
                t2_best_1 <argmin= t1_v_1
            }
            t3_e_1: i64 = t2_1
            out[i] = t3_e_1
        }
    } else {
        parfor (i in 0..n) {    # line 17:5; fused: comprehension@line 17 result@line 17
            parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 17:13; fused: comprehension@line 17 argmin@line 17
                t1_v: f64 = ((px[i] - cx[c]) * (py[i] - cx[c]))
                t2_best <argmin= t1_v
            }
            t3_e: i64 = t2
            out[i] = t3_e
        }
    }
    return out
}
