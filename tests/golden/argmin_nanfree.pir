export fn nearest(n: size, k: size, px: f64[n], cx: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/argmin_nanfree.arr:10:13: error: 'argmin' of an empty array
    cx_finite: bool = true
    for (i_5 in 0..k) {    # fused: note:are the elements of 'cx' all finite (for an argmin without NaN tracking)
        cx_finite: bool = (cx_finite && isfinite(cx[i_5]))
    }
    parfor (i in 0..n) {    # line 10:5; fused: comprehension@line 10 result@line 10
        if (((0 < k) && isfinite(px[i])) && cx_finite) {
            parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 10:13; fused: comprehension@line 10 argmin@line 10 note:its argmin/argmax without NaN tracking: the values cannot be NaN when px[i], cx are finite (checked before the loop; else the loop that tracks NaNs runs)
                x_1: f64 = (px[i] - cx[c])
                t1_v_1: f64 = (x_1 * x_1)
                t2_best <argmin= t1_v_1
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
    return out
}

export fn risky(n: size, k: size, px: f64[n], py: f64[n], cx: f64[k]) -> (out: i64[n]) {
    check ((n <= 0) || (k > 0))    # tests/golden/argmin_nanfree.arr:13:13: error: 'argmin' of an empty array
    parfor (i in 0..n) {    # line 13:5; fused: comprehension@line 13 result@line 13
        parfor (c in 0..k) reduce(argmin: t2_best, t2) {    # line 13:13; fused: comprehension@line 13 argmin@line 13
            t1_v: f64 = ((px[i] - cx[c]) * (py[i] - cx[c]))
            t2_best <argmin= t1_v
        }
        t3_e: i64 = t2
        out[i] = t3_e
    }
    return out
}
