# tol: 0
# Short inner sums over runs of an array (lo[i]..hi[i], as MD link cells
# walk the atoms of the cells beside an atom) run whole vectors: the count
# rounded up to a multiple of the vector length, cut at the arrays' ends,
# the extra iterations adding 0 (pass padtail; the legality argument is in
# passes/padtail.c).  Runs of every length 0..20, at the start, inside and
# at the end of the arrays (where the cut keeps the loads inside them: the
# driver allocates the arrays exactly, and the ASan build reads no
# further), an empty array, f64, f32 (16 a vector) and i32 sums, several
# sums of one run with a select (near), and a loop that is not padded (an
# integer division by a variable).  Values are small integers: the sums are
# exact in any order.
export fn runs(a: f64[n], lo: i64[m], hi: i64[m]) -> f64[m] {
    return [sum(a[lo[i]..hi[i]]) for i in 0..m];
}

export fn runs32(a: f32[n], b: i32[n], lo: i64[m], hi: i64[m]) -> (f32[m], i64[m]) {
    return [sum(a[lo[i]..hi[i]]) for i in 0..m], [sum(b[lo[i]..hi[i]]) for i in 0..m];
}

fn near_sums(xi: f64, self: i64, lo: i64, hi: i64, xs: f64[n], ids: i64[n]) -> (f64, f64) {
    let (p, q) = [{
        let d = xi - xs[k];
        let ok = ids[k] != self && d * d < 10.0;
        (select(ok, d * d, 0.0), select(ok, d, 0.0))
    } for k in lo..hi];
    return sum(p), sum(q);
}

export fn near(c: f64[m], xs: f64[n], ids: i64[n], lo: i64[m], hi: i64[m]) -> (f64[m], f64[m]) {
    let (p, q) = [{
        let (u, v) = near_sums(c[i], i, lo[i], hi[i], xs, ids);
        (u, v)
    } for i in 0..m];
    return p, q;
}

export fn divided(b: i32[n], d: i32, lo: i64[m], hi: i64[m]) -> i64[m] {
    return [sum(b[lo[i]..hi[i]] / d) for i in 0..m];
}
