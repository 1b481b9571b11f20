export fn int(x: f64) -> f64 {
    return x;
}
