export fn f(a: f64[n], t: f64) -> f64 {
    return a[t];
}
