export fn f(x: f64) -> f64 {
    return reduce(|p, q| p + q, 0.0, x);
}
