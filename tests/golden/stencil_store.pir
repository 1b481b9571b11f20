export fn smooth(n: size, x0: f64[n]) -> (out: f64[n]) {
    x: f64[n] = out
    parfor (i in 0..n) {    # line 7:13; fused: copy@line 7
        x0_e: f64 = x0[i]
        x[i] = x0_e
    }
    t4: i64 = select(((n - 2) > 0), (n - 2), 0)
    alloc t14: f64[t4]
    parfor (i_5 in 0..t4) {    # line 8:19; fused: *@line 8 *@line 8 +@line 8 *@line 8 +@line 8
        slice5_e: f64 = x[i_5]
        slice8_e: f64 = x[(1 + i_5)]
        slice12_e: f64 = x[(2 + i_5)]
        t14[i_5] = (((0.25 * slice5_e) + (0.5 * slice8_e)) + (0.25 * slice12_e))
    }
    parfor (i_6 in 0..t4) {    # line 8:5; fused: range store@line 8
        t14_e: f64 = t14[i_6]
        x[(1 + i_6)] = t14_e
    }
    return out
}
