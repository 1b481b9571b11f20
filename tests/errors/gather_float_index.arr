export fn f(a: f64[n], w: f64[m]) -> f64[m] {
    return a[w];
}
