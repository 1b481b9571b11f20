export fn sumsq(n: size, x: f64[n]) -> (out: f64) {
    parfor (i in 0..n) reduce(sum: t2) {    # line 8:12; fused: comprehension@line 8 sum@line 8
        t1_v: f64 = (x[i] * x[i])
        t2 <sum= t1_v
    }
    out: f64 = t2
    return out
}

export fn shifted(n: size, x: f64[n]) -> (out: f64[n]) {
    parfor (i in 0..n) {    # line 14:5; fused: *@line 13 +@line 13 comprehension@line 14 result@line 14
        x_e: f64 = x[i]
        t_v: f64 = ((2.0 * x_e) + 1.0)
        out[i] = (t_v * f64(i))
    }
    return out
}

export fn lagdot(n: size, x: f64[n]) -> (out: f64) {
    t2: i64 = select(((n - 1) > 0), (n - 1), 0)
    parfor (i_1 in 0..t2) reduce(sum: t6) {    # line 19:12; fused: *@line 19 sum@line 19
        slice1_e: f64 = x[(1 + i_1)]
        slice3_e: f64 = x[i_1]
        t5_v: f64 = (slice1_e * slice3_e)
        t6 <sum= t5_v
    }
    out: f64 = t6
    return out
}

export fn matvec(n: size, m: size, a: f64[n, m], v: f64[m]) -> (out: f64[n]) {
    parfor (i in 0..n) {    # line 25:5; fused: comprehension@line 25 result@line 25
        parfor (j in 0..m) reduce(sum: t2) {    # line 25:13; fused: comprehension@line 25 sum@line 25
            t1_v: f64 = (a[i, j] * v[j])
            t2 <sum= t1_v
        }
        t3_e: f64 = t2
        out[i] = t3_e
    }
    return out
}
