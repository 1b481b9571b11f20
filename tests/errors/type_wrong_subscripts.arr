export fn f(a: f64[n, m]) -> f64 {
    return a[0];
}
