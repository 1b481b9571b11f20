export fn f(a: f64[n], idx: i64[m], v: i64[m]) {
    scatter(a, idx, v);
}
