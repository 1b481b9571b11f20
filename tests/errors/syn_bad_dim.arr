export fn f(a: f64[n + 1]) -> f64 {
    return a[0];
}
