export fn rowsum(m: size, n: size, a: f64[m, n], b: f64[m, n]) -> (out: f64[m]) {
    parfor (i in 0..m) {    # line 12:58; fused: comprehension@line 12 result@line 12 *@line 12 +@line 12 inlined:src
        parfor (i_4 in 0..n) reduce(sum: t4) {    # line 12:65; fused: sum@line 12
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
    check ((n <= 0) || (m > 0))    # tests/golden/axis_fuse.arr:13:51: error: 'maximum' of an empty array
    parfor (i in 0..n) {    # line 13:44; fused: comprehension@line 13 result@line 13 -@line 13 inlined:src
        parfor (i_3 in 0..m) reduce(max_nonan: t3_v) reduce(any: arr_odd) {    # line 13:51; fused: max@line 13 note:minimum/maximum as vector min/max (the ordered loop after it runs only if a value is NaN or the result is a zero)
            a_e_1: f64 = a[i_3, i]
            slice2_e_1: f64 = (a_e_1 - 1.0)
            t3_v <max= slice2_e_1
            arr_odd <any= (slice2_e_1 != slice2_e_1)
        }
        if (arr_odd || ((t3_v == 0.0) || (t3_v <= -1.7976931348623157e+308))) {
            parfor (i_3 in 0..m) reduce(max: t3) {    # line 13:51; fused: max@line 13 note:the ordered minimum/maximum, for a NaN or a zero result
                a_e: f64 = a[i_3, i]
                slice2_e: f64 = (a_e - 1.0)
                t3 <max= slice2_e
            }
        } else {
            t3: f64 = t3_v
        }
        t4_e: f64 = t3
        out[i] = t4_e
    }
    return out
}

export fn twice(m: size, n: size, a: f64[m, n]) -> (out0: f64[m], out1: f64[n]) {
    alloc s: f64[m, n]
    parfor (i_2 in 0..m, j in 0..n) {    # line 15:13; fused: *@line 15
        a_e: f64 = a[i_2, j]
        s[i_2, j] = (a_e * a_e)
    }
    ncols: i64 = select((n < 0), 0, n)
    rows: i64 = select((m < 0), 0, (m - 0))
    nchunks: i64 = select((select(((rows / 16) < 1), 1, (rows / 16)) > 16), 16, select(((rows / 16) < 1), 1, (rows / 16)))
    chunk: i64 = select((nchunks > 0), (rows / nchunks), 0)
    chunk_rem: i64 = select((nchunks > 0), (rows % nchunks), 0)
    alloc t6_bins: f64[nchunks, ncols]
    parfor (t in 0..nchunks) {    # line 16:5; fused: comprehension@line 16 result@line 16 interchange comprehension@line 16 result@line 16 note:each row is made and added to the columns' sums in one visit (the loop that makes the rows runs in the chunks)
        parfor (j_1 in 0..n) {    # line 16:5
            t6_bins[t, j_1] = 0.0
        }
        i0: i64 = ((0 + (t * chunk)) + select((t < chunk_rem), t, chunk_rem))
        i1: i64 = ((i0 + chunk) + select((t < chunk_rem), 1, 0))
        for (i in i0..i1) {    # fused: note:the chunk's rows, in order, each added to the chunk's bins
            parfor (i_4 in 0..n) reduce(sum: t3) {    # line 16:13; fused: sum@line 16
                slice2_e: f64 = s[i, i_4]
                t3 <sum= slice2_e
            }
            t4_e: f64 = t3
            out0[i] = t4_e
            parfor (j_2 in 0..n) {    # line 16:5
                slice5_e_1: f64 = s[i, j_2]
                v_1: f64 = slice5_e_1
                t6_bins[t, j_2] = (t6_bins[t, j_2] + v_1)
            }
        }
    }
    parfor (i_1 in 0..n) {    # line 16:5; fused: comprehension@line 16 result@line 16
        t6: f64 = 0.0
        for (t_1 in 0..nchunks) {    # fused: note:the chunks' bins added up, in chunk order
            t6: f64 = (t6 + t6_bins[t_1, i_1])
        }
        t7_e: f64 = t6
        out1[i_1] = t7_e
    }
    return out0, out1
}

export fn divided(m: size, n: size, x: i64[m, n], y: i64[m, n]) -> (out: i64[m]) {
    alloc src: i64[m, n]
    parfor (i_1 in 0..m, j in 0..n) {    # line 18:70; fused: /@line 18
        x_e: i64 = x[i_1, j]
        y_e: i64 = y[i_1, j]
        src[i_1, j] = (x_e / y_e)
    }
    parfor (i in 0..m) {    # line 18:59; fused: comprehension@line 18 result@line 18
        parfor (i_3 in 0..n) reduce(sum: t3) {    # line 18:66; fused: sum@line 18
            slice2_e: i64 = src[i, i_3]
            t3 <sum= slice2_e
        }
        t4_e: i64 = t3
        out[i] = t4_e
    }
    return out
}
