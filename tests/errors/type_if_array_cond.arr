export fn f(a: f64[n], b: f64[n]) -> f64 {
    if a < b {
        return 1.0;
    }
    return 0.0;
}
