export fn f(x: f64[n]) -> f64[n] {
    return scan(|a, b| max(a, b), x);
}
