export fn forces(n: size, c: size, xs: f64[n], first: i64[c], last: i64[c], rc2: f64) -> (out0: f64[n], out1: f64[n]) {
    parfor (i in 0..n) {    # line 28:5; fused: comprehension@line 24 result@line 28 result@line 28
        parfor (r in 0..3) reduce(sum: t9) reduce(sum: t8) {    # line 26:25; fused: comprehension@line 25 sum@line 26 sum@line 26
            xi: f64 = xs[i]
            lo: i64 = first[((i + r) % c)]
            hi: i64 = last[((i + r) % c)]
            check ((hi <= lo) || ((hi - lo) >= 0))    # tests/golden/lanesum.arr:19:16: error: range too long: its length hi - lo does not fit an i64
            t1: i64 = select((hi > lo), (hi - lo), 0)
            pad_n: i64 = t1
            pad_cut: i64 = (((pad_n + 7) / 8) * 8)
            pad_cut: i64 = select(((n - lo) < pad_cut), (n - lo), pad_cut)
            pad_end: i64 = select((lo >= 0), select((pad_cut > pad_n), pad_cut, pad_n), pad_n)
            parfor (i_5 in 0..pad_end) reduce(sum: t5) reduce(sum: t4) {    # line 20:21; fused: comprehension@line 14 sum@line 20 sum@line 20 note:runs whole vectors of 8: the count rounded up (cut at the arrays' ends), the extra iterations adding 0 note:its sums add into 8 lanes of the loop around it, summed once after that loop
                k: i64 = (lo + i_5)
                d: f64 = (xi - xs[k])
                r2: f64 = (d * d)
                near: bool = ((r2 < rc2) && (k != i))
                tx_v: f64 = select((near && (i_5 < pad_n)), (d / r2), 0.0)
                te_v: f64 = select((near && (i_5 < pad_n)), r2, 0.0)
                t5 <sum= te_v    # into the lanes of t9
                t4 <sum= tx_v    # into the lanes of t8
            }
            t9 <sum= its 8 lanes
            t8 <sum= its 8 lanes
        }
        pe_v: f64 = (0.5 * t9)
        fx_e: f64 = t8
        out0[i] = fx_e
        out1[i] = pe_v
    }
    return out0, out1
}

export fn twice(n: size, m: size, a: f64[n], lo: i64[m], hi: i64[m]) -> (out: f64[m]) {
    parfor (i in 0..m) {    # line 32:5; fused: comprehension@line 32 result@line 32
        parfor (r in 0..m) reduce(sum: t7) {    # line 32:13; fused: comprehension@line 32 sum@line 32
            t2: i64 = lo[r]
            t3: i64 = hi[r]
            check ((t3 <= t2) || ((t2 >= 0) && (t3 <= n)))    # tests/golden/lanesum.arr:32:34: error: slice out of bounds in dimension 0 of 'a'
            t4: i64 = select((t3 > t2), (t3 - t2), 0)
            pad_n: i64 = t4
            pad_cut: i64 = (((pad_n + 7) / 8) * 8)
            pad_cut: i64 = select(((n - t2) < pad_cut), (n - t2), pad_cut)
            pad_end: i64 = select((t2 >= 0), select((pad_cut > pad_n), pad_cut, pad_n), pad_n)
            parfor (i_3 in 0..pad_end) reduce(sum: s) {    # line 32:28; fused: sum@line 32 note:runs whole vectors of 8: the count rounded up (cut at the arrays' ends), the extra iterations adding 0
                slice1_e: f64 = a[(t2 + i_3)]
                s <sum= select((i_3 < pad_n), slice1_e, 0.0)
            }
            t6_v: f64 = (s * s)
            t7 <sum= t6_v
        }
        t8_e: f64 = t7
        out[i] = t8_e
    }
    return out
}
