export fn f(m: f64[h, w], idx: i64[k], v: f64[k]) {
    scatter(m, idx, v);
}
