export fn f(x: f64) -> f64 {
    let t = f64;
    return x;
}
