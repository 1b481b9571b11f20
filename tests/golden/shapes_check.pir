export fn add(n: size, m: size, a: f64[n], b: f64[m]) -> (out: f64[n]) {
    check (n == m)    # tests/golden/shapes_check.arr:5:12: error: shape mismatch in '+': a and b ('f64[n]' and 'f64[m]' differ at run time)
    parfor (i_1 in 0..n) {    # line 5:5; fused: +@line 5 result@line 5
        a_e: f64 = a[i_1]
        b_e: f64 = b[i_1]
        out[i_1] = (a_e + b_e)
    }
    return out
}

export fn scale(n: size, a: f64[n], b: f64[n], s: f64) -> (out: f64[n]) {
    parfor (i_2 in 0..n) {    # line 9:5; fused: *@line 9 +@line 9 result@line 9
        a_e: f64 = a[i_2]
        b_e: f64 = b[i_2]
        out[i_2] = ((s * a_e) + b_e)
    }
    return out
}
