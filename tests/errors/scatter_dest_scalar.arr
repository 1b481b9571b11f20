export fn f(n: i64, idx: i64[k], v: f64[k]) {
    scatter(n, idx, v);
}
