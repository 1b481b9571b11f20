export fn f(x: f64) -> f64 {
    let total = 0.0;
    total = x * 2.0;
    return total;
}
