fn g(x: f64) {
    return;
}
export fn f(x: f64) -> f64 {
    return g(x);
}
