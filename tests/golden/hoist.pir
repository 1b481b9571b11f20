export fn normalize(n: size, x: f64[n]) -> (out: f64[n]) {
    if (0 < n) {
        parfor (i_2 in 0..n) reduce(sum: t1) {    # line 6:59; fused: sum@line 6 note:runs once, before the loop at line 6 (it does not depend on it)
            x_e: f64 = x[i_2]
            t1 <sum= x_e
        }
    }
    parfor (i in 0..n) {    # line 6:44; fused: comprehension@line 6 result@line 6
        t2_v: f64 = (x[i] / t1)
        out[i] = t2_v
    }
    return out
}

export fn twice_out(n: size, x: f64[n], r: i64) -> (out: f64) {
    s: f64 = 0.0
    if (0 < r) {
        if (0 < n) {
            parfor (i_2 in 0..n) reduce(max_nonan: t1_v) reduce(any: arr_odd) {    # line 10:26; fused: max@line 10 note:runs once, before the loop at line 9 (it does not depend on it) note:minimum/maximum as vector min/max (the ordered loop after it runs only if a value is NaN or the result is a zero)
                x_e_1: f64 = x[i_2]
                t1_v <max= x_e_1
                arr_odd <any= (x_e_1 != x_e_1)
            }
            if (arr_odd || ((t1_v == 0.0) || (t1_v <= -1.7976931348623157e+308))) {
                parfor (i_2 in 0..n) reduce(max: t1) {    # line 10:26; fused: max@line 10 note:runs once, before the loop at line 9 (it does not depend on it) note:the ordered minimum/maximum, for a NaN or a zero result
                    x_e: f64 = x[i_2]
                    t1 <max= x_e
                }
            } else {
                t1: f64 = t1_v
            }
        }
        parfor (i in 0..n) reduce(sum: t3) {    # line 10:14; fused: comprehension@line 10 sum@line 10 note:runs once, before the loop at line 9 (it does not depend on it)
            t2_v: f64 = (x[i] * t1)
            t3 <sum= t2_v
        }
    }
    for (k in 0..r) {
        s: f64 = (s + (t3 + f64(k)))
    }
    out: f64 = s
    return out
}

export fn written(n: size, x: f64[n], y: f64[n]) -> (out: f64) {
    s: f64 = 0.0
    for (k in 0..n) {
        y[k] = 1.0
        parfor (i in 0..n) reduce(sum: t1) {    # line 18:14; fused: sum@line 18
            y_e: f64 = y[i]
            t1 <sum= y_e
        }
        s: f64 = (s + t1)
    }
    out: f64 = s
    return out
}

export fn may_fail(n: size, x: f64[n], k: i64[n], d: i64) -> (out: f64[n]) {
    parfor (i in 0..n) {    # line 23:5; fused: comprehension@line 23 result@line 23
        parfor (i_3 in 0..n) reduce(sum: t2) {    # line 23:24; fused: /@line 23 sum@line 23
            k_e: i64 = k[i_3]
            t1_v: i64 = (k_e / d)
            t2 <sum= t1_v
        }
        t3_v: f64 = (x[i] + f64(t2))
        out[i] = t3_v
    }
    return out
}

export fn carried(n: size, x: f64[n], r: i64) -> (out: f64) {
    a: f64 = 0.0
    for (k in 0..r) {
        for (j in 0..n) {
            a: f64 = (a + x[j])
        }
    }
    out: f64 = a
    return out
}
