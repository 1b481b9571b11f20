export fn add(n: size, m: size, a: f64[n], b: f64[m]) -> (out: f64[n]) {
    check (n == m)    # tests/golden/shapes_check.arr:5:12: error: shape mismatch in '+': a and b ('f64[n]' and 'f64[m]' differ at run time)
    parfor (i_1 in 0..n) {    # line 5:5; fused: +@line 5 result@line 5
        a_e: f64 = a[i_1]
        b_e: f64 = b[i_1]
        t1_v: f64 = (a_e + b_e)
        t1_e: f64 = t1_v
        out[i_1] = t1_e
    }
    return out
}

export fn scale(n: size, a: f64[n], b: f64[n], s: f64) -> (out: f64[n]) {
    parfor (i_2 in 0..n) {    # line 9:5; fused: *@line 9 +@line 9 result@line 9
        a_e: f64 = a[i_2]
        t1_v: f64 = (s * a_e)
        t1_e: f64 = t1_v
        b_e: f64 = b[i_2]
        t2_v: f64 = (t1_e + b_e)
        t2_e: f64 = t2_v
        out[i_2] = t2_e
    }
    return out
}
