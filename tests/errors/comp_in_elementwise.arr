fn g(x: f64) -> f64 {
    return sum([x * 2.0 for i in 0..3]);
}
export fn f(a: f64[n]) -> f64[n] {
    return g(a);
}
