export fn stats(n: size, x: f64[n], y: f64[n]) -> (out0: f64, out1: f64, out2: i64) {
    check (n > 0)    # tests/golden/reduce_fuse.arr:7:13: error: 'maximum' of an empty array
    parfor (i_5 in 0..n) reduce(argmin: k_best, k) reduce(max: m) reduce(sum: s) {    # line 8:13; fused: -@line 5 *@line 6 sum@line 6 abs@line 7 max@line 7 argmin@line 8
        x_e: f64 = x[i_5]
        y_e: f64 = y[i_5]
        d_v: f64 = (x_e - y_e)
        t2_v: f64 = (d_v * d_v)
        t4_v: f64 = abs(d_v)
        k_best <argmin= d_v
        m <max= t4_v
        s <sum= t2_v
    }
    out0: f64 = s
    out1: f64 = m
    out2: i64 = k
    return out0, out1, out2
}
