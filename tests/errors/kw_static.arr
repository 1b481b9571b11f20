export fn static(x: f64) -> f64 {
    return x;
}
