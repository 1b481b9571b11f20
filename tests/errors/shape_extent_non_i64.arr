export fn f(a: f64[k], k: f64) -> f64 {
    return a[0];
}
