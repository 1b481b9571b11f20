export fn f(x: f64) -> f64 {
    if x {
        return 1.0;
    }
    return 0.0;
}
