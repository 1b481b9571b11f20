# NumPy broadcasting across ranks and constant extents of 1 (LANGUAGE.md
# section 13): operators, elementwise builtins and calls, ?:, comparisons,
# rank 3 with rank 1, a run-time extent mismatch, fused with reductions.
fn axpy(a: f64, x: f64, y: f64) -> f64 { return a * x + y; }
export fn bc(a: f64[m, n], v: f64[n], c: f64[m, 1], s: f64[1, n]) -> (f64[m, n], f64[m, n], f64[m, n], f64[m, n], f64[m, n]) {
    return a + v, a * c, v + c, max(s, a) - v, axpy(2.0, v, a);
}
export fn bc2(a: f64[m, n], v: f64[n], t: f64) -> (bool[m, n], f64[m, n], f64, f64[m]) {
    let centered = a - [sum(a[.., j]) / f64(m) for j in 0..n];
    return a > v, (a > v) ? a : v, sum(a * v), sum(centered * centered, 1);
}
export fn bc3(x: i64[p, q, r], w: i64[r], z: i64[q, 1]) -> i64[p, q, r] { return x * w + z; }
export fn bc_bad(a: f64[m, n], v: f64[k]) -> f64[m, n] { return a + v; }
