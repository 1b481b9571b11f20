export fn keep(n: size, a: f64[n], b: f64[n]) -> (out: f64[out_d0]) {
    nkept4: i64 = 0
    compact t5 (i in 0..n) {    # line 10:12; fused: mask@line 10
        a_e_1: f64 = a[i]
        b_e: f64 = b[i]
        a_e: f64 = a_e_1
        t1_e: bool = (a_e > 0.0)
        t2_e: bool = (b_e < 1.0)
        t3_e: bool = (t1_e && t2_e)
        if t3_e {
            t5[nkept4] = a_e_1
            nkept4: i64 = (nkept4 + 1)
        }
    }
    out_d0: i64 = nkept4
    return t5
}

export fn halve(n: size, a: i64[n], d: i64[n]) -> () {
    parfor (i_1 in 0..n) {    # line 14:5; fused: !=@line 14 mask store@line 14
        d_e: i64 = d[i_1]
        all2_e: i64 = a[i_1]
        a[i_1] = select((d_e != 0), (all2_e / d_e), all2_e)
    }
    return
}
