export fn amax(n: size, x: f64[n]) -> (out: i64) {
    check (n > 0)    # tests/golden/argblock_fast.arr:5:43: error: 'argmax' of an empty array
    parfor (i in 0..n) reduce(argmax_blocked: t1_best, t1) {    # line 5:43; fused: argmax@line 5 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
        x_e: f64 = x[i]
        t1_best <argmax= x_e
    }
    out: i64 = t1
    return out
}

export fn ascaled(n: size, x: f64[n]) -> (out: i64) {
    check (n > 0)    # tests/golden/argblock_fast.arr:6:46: error: 'argmax' of an empty array
    parfor (i_2 in 0..n) reduce(argmax: t3_best, t3) {    # line 6:46; fused: *@line 6 +@line 6 argmax@line 6
        x_e: f64 = x[i_2]
        t2_v: f64 = ((x_e * 2.0) + 1.0)
        t3_best <argmax= t2_v
    }
    out: i64 = t3
    return out
}
