export fn f(x: f64) -> f64 {
    if x > 0.0 {
        let y = x;
    }
    return y;
}
