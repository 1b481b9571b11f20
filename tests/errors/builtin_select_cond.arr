export fn f(a: f64[n], x: f64) -> f64[n] {
    return select(x, a, 0.0);
}
