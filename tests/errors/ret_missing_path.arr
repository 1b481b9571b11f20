export fn sign_of(x: f64) -> f64 {
    if x > 0.0 {
        return 1.0;
    } else if x < 0.0 {
        return -1.0;
    }
}
