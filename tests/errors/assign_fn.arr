fn g(x: f64) -> f64 {
    return x;
}
export fn f(x: f64) -> f64 {
    g = x;
    return x;
}
