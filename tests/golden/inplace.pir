export fn relax(n: size, a: f64[n], steps: i64) -> (out: f64[n]) {
    t1: f64[n] = out
    parfor (i in 0..n) {    # line 6:13; fused: *@line 6
        a_e: f64 = a[i]
        t1[i] = (a_e * 1.0)
    }
    x: f64[n] = t1
    for (k in 0..steps) {
        parfor (i_3 in 0..n) {    # line 8:13; fused: *@line 8 *@line 8 +@line 8 in-place:x
            x_e: f64 = x[i_3]
            a_e_1: f64 = a[i_3]
            x[i_3] = ((0.5 * x_e) + (0.25 * a_e_1))
        }
    }
    if (x != out) {
        parfor (i_4 in 0..n) {    # line 10:5; fused: result@line 10 result-slot:t1
            x_e_1: f64 = x[i_4]
            out[i_4] = x_e_1
        }
    }
    return out
}

export fn poke(n: size, a: f64[n]) -> () {
    a[0] = 1.0
    return
}
