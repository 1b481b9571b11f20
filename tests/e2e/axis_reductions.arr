# Reductions along one dimension (LANGUAGE.md section 14): every reduction,
# every axis of rank 2 and 3 arrays, of maps, fused with their consumers,
# empty extents, and a rank-1 array (a scalar).
export fn r2(a: f64[m, n]) -> (f64[m], f64[n], f64[m], f64[n], f64[m], f64[n], i64[m], i64[n], f64[m], f64[n]) {
    return sum(a, 1), sum(a, 0), prod(a * 0.5, 1), minimum(a, 0), maximum(a, 1), mean(a, 0),
           argmin(a, 1), argmax(a, 0), sum(a, 1) / f64(n), maximum(a - 1.0, 0) + 1.0;
}
export fn r2b(a: f64[m, n]) -> (i64[m], i64[n], bool[m], bool[n], bool[m], bool[n]) {
    let pos = a > 0.0;
    return count(pos, 1), count(pos, 0), any(pos, 1), any(pos, 0), all(pos, 1), all(pos, 0);
}
export fn r3(b: i64[p, q, r]) -> (i64[q, r], i64[p, r], i64[p, q], i64[p, q], i64[q, r]) {
    return sum(b, 0), sum(b, 1), sum(b, 2), argmax(b, 2), prod(b, 0);
}
export fn r1(x: f32[n]) -> (f32, i64, f32) {
    return sum(x, 0), argmin(x, 0), mean(x, 0);
}
export fn rows_norm(a: f64[m, n]) -> f64[m, n] {
    let s = sum(a * a, 1);
    return [a[i, j] / sqrt(s[i] + 1.0) for i in 0..m, j in 0..n];
}
