export fn f(x: f64, y: f64) -> f64 {
    let t = 2.0 * (x, y);
    return t;
}
