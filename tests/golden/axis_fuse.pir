export fn rowsum(m: size, n: size, a: f64[m, n], b: f64[m, n]) -> (out: f64[m]) {
    parfor (i in 0..m) {    # line 8:58; fused: comprehension@line 8 result@line 8 *@line 8 +@line 8 inlined:src
        parfor (i_4 in 0..n) reduce(sum: t4) {    # line 8:65; fused: sum@line 8
            a_e: f64 = a[i, i_4]
            b_e: f64 = b[i, i_4]
            slice3_e: f64 = ((a_e * b_e) + 1.0)
            t4 <sum= slice3_e
        }
        t5_e: f64 = t4
        out[i] = t5_e
    }
    return out
}

export fn colmax(m: size, n: size, a: f64[m, n]) -> (out: f64[n]) {
    check ((n <= 0) || (m > 0))    # tests/golden/axis_fuse.arr:9:51: error: 'maximum' of an empty array
    parfor (i in 0..n) {    # line 9:44; fused: comprehension@line 9 result@line 9 -@line 9 inlined:src
        parfor (i_3 in 0..m) reduce(max: t3) {    # line 9:51; fused: max@line 9
            a_e: f64 = a[i_3, i]
            slice2_e: f64 = (a_e - 1.0)
            t3 <max= slice2_e
        }
        t4_e: f64 = t3
        out[i] = t4_e
    }
    return out
}

export fn twice(m: size, n: size, a: f64[m, n]) -> (out0: f64[m], out1: f64[n]) {
    alloc s: f64[m, n]
    parfor (i_2 in 0..m, j in 0..n) {    # line 11:13; fused: *@line 11
        a_e: f64 = a[i_2, j]
        s[i_2, j] = (a_e * a_e)
    }
    parfor (i in 0..m) {    # line 12:5; fused: comprehension@line 12 result@line 12
        parfor (i_4 in 0..n) reduce(sum: t3) {    # line 12:13; fused: sum@line 12
            slice2_e: f64 = s[i, i_4]
            t3 <sum= slice2_e
        }
        t4_e: f64 = t3
        out0[i] = t4_e
    }
    parfor (i_1 in 0..n) {    # line 12:5; fused: comprehension@line 12 result@line 12
        parfor (i_6 in 0..m) reduce(sum: t6) {    # line 12:24; fused: sum@line 12
            slice5_e: f64 = s[i_6, i_1]
            t6 <sum= slice5_e
        }
        t7_e: f64 = t6
        out1[i_1] = t7_e
    }
    return out0, out1
}

export fn divided(m: size, n: size, x: i64[m, n], y: i64[m, n]) -> (out: i64[m]) {
    alloc src: i64[m, n]
    parfor (i_1 in 0..m, j in 0..n) {    # line 14:70; fused: /@line 14
        x_e: i64 = x[i_1, j]
        y_e: i64 = y[i_1, j]
        src[i_1, j] = (x_e / y_e)
    }
    parfor (i in 0..m) {    # line 14:59; fused: comprehension@line 14 result@line 14
        parfor (i_3 in 0..n) reduce(sum: t3) {    # line 14:66; fused: sum@line 14
            slice2_e: i64 = src[i, i_3]
            t3 <sum= slice2_e
        }
        t4_e: i64 = t3
        out[i] = t4_e
    }
    return out
}
