export fn f(x: f64) -> f64[] {
    return [2.0 for i in 0..x];
}
