export fn f(x: f64) -> f64 {
    let (a, b) = x;
    return a;
}
