export fn f(x: f64) -> bool {
    return 0.0 < x < 1.0;
}
