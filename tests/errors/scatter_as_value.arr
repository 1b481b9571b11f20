export fn f(a: f64[n], idx: i64[m], v: f64[m]) -> f64 {
    let r = scatter(a, idx, v);
    return a[0];
}
