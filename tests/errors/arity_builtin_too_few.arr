export fn f(x: f64) -> f64 {
    return atan2(x);
}
