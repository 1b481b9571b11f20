export fn mm(m: size, k: size, n: size, a: f64[m, k], b: f64[k, n]) -> (out: f64[m, n]) {
    t1: f64[m, n] = out
    t1 = matmul(a, b)    # line 11:64
    return out
}

export fn mm32(m: size, k: size, n: size, a: f32[m, k], b: f32[k, n]) -> (out: f32[m, n]) {
    t1: f32[m, n] = out
    t1 = matmul(a, b)    # line 12:66
    return out
}

export fn mm_int(m: size, k: size, n: size, a: i64[m, k], b: i64[k, n]) -> (out: i64[m, n]) {
    parfor (i in 0..m, j in 0..n) {    # line 13:61; fused: comprehension@line 13 result@line 13
        parfor (i_3 in 0..k) reduce(sum: t4) {    # line 13:68; fused: dot@line 13 sum@line 13
            slice1_e: i64 = a[i, i_3]
            slice2_e: i64 = b[i_3, j]
            t3_v: i64 = (slice1_e * slice2_e)
            t4 <sum= t3_v
        }
        t5_e: i64 = t4
        out[i, j] = t5_e
    }
    return out
}

export fn mv(m: size, k: size, a: f64[m, k], x: f64[k]) -> (out: f64[m]) {
    parfor (i in 0..m) {    # line 14:51; fused: comprehension@line 14 result@line 14
        parfor (i_3 in 0..k) reduce(sum: t4) {    # line 14:58; fused: dot@line 14 sum@line 14
            slice1_e: f64 = a[i, i_3]
            slice2_e: f64 = x[i_3]
            t3_v: f64 = (slice1_e * slice2_e)
            t4 <sum= t3_v
        }
        t5_e: f64 = t4
        out[i] = t5_e
    }
    return out
}

export fn sorted(n: size, a: f64[n]) -> (out: i64[n]) {
    t1: i64[n] = out
    t1 = argsort(a)    # line 15:48
    return out
}

export fn running(n: size, a: f64[n]) -> (out: f64[n]) {
    t1: f64[n] = out
    t1 = scan(sum, 0.0, a)    # line 16:49
    return out
}

export fn gram(m: size, k: size, a: f64[m, k]) -> (out: f64[k, k]) {
    t2: f64[k, k] = out
    t2 = matmul(transpose(a), a)    # line 19:52
    return out
}
