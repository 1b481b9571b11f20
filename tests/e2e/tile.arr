# structure: parfor 5, alloc 1
# 2-D parallel nests that read an array across its rows run by tiles of
# 32 x 32 (pass tile): transposes of extents that are and are not multiples
# of 32 (0, 1, 31, 33, 100), f32 and i64, a nest that starts at 3, a
# select and an if in the body, two arrays read across and along.
export fn tr(a: f64[m, n]) -> f64[n, m] {
    return [a[j, i] for i in 0..n, j in 0..m];
}
export fn tr32(a: f32[m, n]) -> f32[n, m] {
    return [a[j, i] * 2.0f for i in 0..n, j in 0..m];
}
export fn sym(a: i64[n, n]) -> i64[n, n] {
    return [a[i, j] + a[j, i] for i in 0..n, j in 0..n];
}
export fn shifted(a: f64[m, n]) -> f64[n, ] {
    return [a[j - 3, i] > 0.5 ? a[j - 3, i] : -1.0 for i in 0..n, j in 3..m + 3];
}
export fn clipped(a: f64[m, n], b: f64[n, m], t: f64) -> f64[n, m] {
    return [min(a[j, i], t) - b[i, j] for i in 0..n, j in 0..m];
}
