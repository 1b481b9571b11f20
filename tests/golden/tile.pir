export fn tr(m: size, n: size, a: f64[m, n]) -> (out: f64[n, m]) {
    parfor (ti in 0..(((n - 0) + 31) / 32), tj in 0..(((m - 0) + 31) / 32)) {    # line 6:5; fused: comprehension@line 6 result@line 6 note:by tiles of 32 x 32 elements (a read walks across the rows: the tile reuses its cache lines)
        i0: i64 = (0 + (ti * 32))
        i1: i64 = select(((i0 + 32) < n), (i0 + 32), n)
        j0: i64 = (0 + (tj * 32))
        j1: i64 = select(((j0 + 32) < m), (j0 + 32), m)
        parfor (i in i0..i1) {    # line 6:5
            parfor (j in j0..j1) {    # line 6:5
                t1_v: f64 = a[j, i]
                out[i, j] = t1_v
            }
        }
    }
    return out
}

export fn rows(m: size, n: size, a: f64[m, n]) -> (out: f64[m, n]) {
    parfor (i in 0..m, j in 0..n) {    # line 9:5; fused: comprehension@line 9 result@line 9
        t1_v: f64 = (a[i, j] * 2.0)
        out[i, j] = t1_v
    }
    return out
}
