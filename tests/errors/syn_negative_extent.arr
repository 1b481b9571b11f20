export fn f(x: f64) -> f64[-3] {
    return zeros(f64, 3);
}
