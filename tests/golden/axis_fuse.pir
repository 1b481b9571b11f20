export fn rowsum(m: size, n: size, a: f64[m, n], b: f64[m, n]) -> (out: f64[m]) {
    parfor (i in 0..m) {    # line 11:58; fused: comprehension@line 11 result@line 11 *@line 11 +@line 11 inlined:src
        parfor (i_4 in 0..n) reduce(sum: t4) {    # line 11:65; fused: sum@line 11
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
    check ((n <= 0) || (m > 0))    # tests/golden/axis_fuse.arr:12:51: error: 'maximum' of an empty array
    parfor (i in 0..n) {    # line 12:44; fused: comprehension@line 12 result@line 12 -@line 12 inlined:src
        parfor (i_3 in 0..m) reduce(max: t3) {    # line 12:51; fused: max@line 12
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
    parfor (i_2 in 0..m, j in 0..n) {    # line 14:13; fused: *@line 14
        a_e: f64 = a[i_2, j]
        s[i_2, j] = (a_e * a_e)
    }
    parfor (i in 0..m) {    # line 15:5; fused: comprehension@line 15 result@line 15
        parfor (i_4 in 0..n) reduce(sum: t3) {    # line 15:13; fused: sum@line 15
            slice2_e: f64 = s[i, i_4]
            t3 <sum= slice2_e
        }
        t4_e: f64 = t3
        out0[i] = t4_e
    }
    ncols: i64 = select((n < 0), 0, n)
    nblocks: i64 = ((ncols + 255) / 256)
    alloc t6_cols: f64[ncols]
    parfor (jb in 0..nblocks) {    # line 15:5; fused: comprehension@line 15 result@line 15 interchange
        j0: i64 = (jb * 256)
        j1: i64 = select(((j0 + 256) < n), (j0 + 256), n)
        parfor (j_1 in j0..j1) {    # line 15:5
            t6_cols[j_1] = 0.0
        }
        for (i_6_1 in 0..m) {
            parfor (j_2 in j0..j1) {    # line 15:5
                slice5_e_1: f64 = s[i_6_1, j_2]
                v_1: f64 = slice5_e_1
                t6_cols[j_2] = (t6_cols[j_2] + v_1)
            }
        }
        parfor (i_1 in j0..j1) {    # line 15:5
            t6: f64 = t6_cols[i_1]
            t7_e: f64 = t6
            out1[i_1] = t7_e
        }
    }
    return out0, out1
}

export fn divided(m: size, n: size, x: i64[m, n], y: i64[m, n]) -> (out: i64[m]) {
    alloc src: i64[m, n]
    parfor (i_1 in 0..m, j in 0..n) {    # line 17:70; fused: /@line 17
        x_e: i64 = x[i_1, j]
        y_e: i64 = y[i_1, j]
        src[i_1, j] = (x_e / y_e)
    }
    parfor (i in 0..m) {    # line 17:59; fused: comprehension@line 17 result@line 17
        parfor (i_3 in 0..n) reduce(sum: t3) {    # line 17:66; fused: sum@line 17
            slice2_e: i64 = src[i, i_3]
            t3 <sum= slice2_e
        }
        t4_e: i64 = t3
        out[i] = t4_e
    }
    return out
}
