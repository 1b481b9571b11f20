# concat and stack (LANGUAGE.md section 14): rank 1 and 2, mixed element
# types (promoted), literals, empty parts, a mismatch of the other extents
# (a run-time error), and use in later maps and reductions.
export fn joins(a: f64[n, m], b: f32[k, m], v: f64[m]) -> (f64[, m], f64[3, m], f64[], f64) {
    let c = concat(a, b);
    return c, stack(v, v * 2.0, a[0, ..]), concat(v, [1.0, 2.0], v), sum(c, 0)[0];
}
export fn ints(x: i32[n], y: i64[p]) -> (i64[], i32[2, n]) {
    return concat(x, y, x), stack(x, x * 2);
}
export fn bad(a: f64[n, m], b: f64[k, q]) -> f64[, m] { return concat(a, b); }
