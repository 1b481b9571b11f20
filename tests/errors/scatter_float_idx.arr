export fn f(a: f64[n], idx: f64[m], v: f64[m]) {
    scatter(a, idx, v);
}
