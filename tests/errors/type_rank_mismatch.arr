export fn f(a: f64[n], b: f64[n, m]) -> f64[n] {
    return a + b;
}
