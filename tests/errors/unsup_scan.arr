export fn f(a: f64[n]) -> f64[n] {
    return scan(|p, q| p + q, 0.0, a);
}
