export fn amax(n: size, x: f64[n]) -> (out: i64) {
    check (n > 0)    # tests/golden/argblock.arr:12:43: error: 'argmax' of an empty array
    parfor (i in 0..n) reduce(argmax_blocked: t1_best, t1) {    # line 12:43; fused: argmax@line 12 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
        x_e: f64 = x[i]
        t1_best <argmax= x_e
    }
    out: i64 = t1
    return out
}

export fn amask(n: size, x: f64[n], lo: f64) -> (out: i64) {
    check (n > 0)    # tests/golden/argblock.arr:13:53: error: 'argmin' of an empty array
    parfor (i_3 in 0..n) reduce(argmin_blocked: t4_best, t4) {    # line 13:53; fused: >@line 13 sqrt@line 13 select@line 13 argmin@line 13 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
        x_e: f64 = x[i_3]
        t3_v: f64 = select((x_e > lo), sqrt(x_e), 1e+300)
        t4_best <argmin= t3_v
    }
    out: i64 = t4
    return out
}

export fn both(n: size, x: i32[n]) -> (out0: i64, out1: i64) {
    check (n > 0)    # tests/golden/argblock.arr:14:51: error: 'argmax' of an empty array
    parfor (i_1 in 0..n) reduce(argmin_blocked: t2_best, t2) reduce(argmax_blocked: t1_best, t1) {    # line 14:62; fused: argmax@line 14 argmin@line 14 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
        x_e: i32 = x[i_1]
        t2_best <argmin= x_e
        t1_best <argmax= x_e
    }
    out0: i64 = t1
    out1: i64 = t2
    return out0, out1
}

export fn rows(m: size, a: f64[m, 2000]) -> (out: i64[m]) {
    parfor (i in 0..m) {    # line 15:45; fused: comprehension@line 15 result@line 15
        parfor (i_3 in 0..2000) reduce(argmax_blocked: t3_best, t3) {    # line 15:53; fused: abs@line 15 argmax@line 15 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
            slice1_e: f64 = a[i, i_3]
            t2_v: f64 = abs(slice1_e)
            t3_best <argmax= t2_v
        }
        t4_e: i64 = t3
        out[i] = t4_e
    }
    return out
}

export fn rowsw(m: size, w: size, a: f64[m, w]) -> (out: i64[m]) {
    check ((m <= 0) || (w > 0))    # tests/golden/argblock.arr:16:51: error: 'argmax' of an empty array
    if (w > 1024) {
        parfor (i in 0..m) {    # line 16:43; fused: comprehension@line 16 result@line 16
            parfor (i_3_1 in 0..w) reduce(argmax_blocked: t3_best_1, t3_1) {    # line 16:51; fused: abs@line 16 argmax@line 16 note:argmin/argmax by blocks of 1024 (when there are more): a vector minimum/maximum of each, the ordered loop only over a block that may change the result
                slice1_e_1: f64 = a[i, i_3_1]
                t2_v_1: f64 = abs(slice1_e_1)
                t3_best_1 <argmax= t2_v_1
            }
            t4_e_1: i64 = t3_1
            out[i] = t4_e_1
        }
    } else {
        parfor (i in 0..m) {    # line 16:43; fused: comprehension@line 16 result@line 16
            parfor (i_3 in 0..w) reduce(argmax: t3_best, t3) {    # line 16:51; fused: abs@line 16 argmax@line 16
                slice1_e: f64 = a[i, i_3]
                t2_v: f64 = abs(slice1_e)
                t3_best <argmax= t2_v
            }
            t4_e: i64 = t3
            out[i] = t4_e
        }
    }
    return out
}

export fn aexp(n: size, x: f64[n]) -> (out: i64) {
    check (n > 0)    # tests/golden/argblock.arr:17:43: error: 'argmax' of an empty array
    parfor (i_1 in 0..n) reduce(argmax: t2_best, t2) {    # line 17:43; fused: exp@line 17 argmax@line 17
        x_e: f64 = x[i_1]
        t1_v: f64 = exp(x_e)
        t2_best <argmax= t1_v
    }
    out: i64 = t2
    return out
}

export fn adiv(n: size, x: i64[n], d: i64) -> (out: i64) {
    check (n > 0)    # tests/golden/argblock.arr:18:51: error: 'argmax' of an empty array
    parfor (i_1 in 0..n) reduce(argmax: t2_best, t2) {    # line 18:51; fused: /@line 18 argmax@line 18
        x_e: i64 = x[i_1]
        t1_v: i64 = (x_e / d)
        t2_best <argmax= t1_v
    }
    out: i64 = t2
    return out
}
