export fn f(x: float) -> f64 {
    return 1.0;
}
