export fn f(x: f64, y: f64, z: f64) -> f64 {
    let (a, b) = (x, y, z);
    return a + b;
}
