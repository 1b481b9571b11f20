export fn f(x: f64[n]) -> f64[n] {
    let (a, b) = [(x[i], 2.0 * x[i], 3.0 * x[i]) for i in 0..n];
    return a + b;
}
