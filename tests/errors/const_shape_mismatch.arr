export fn f(a: f64[3], b: f64[4]) -> f64[3] {
    return a + b;
}
