export fn f(a: f64[n], idx: i64[m], v: f64[m]) {
    scatter(a[0..n], idx, v);
}
