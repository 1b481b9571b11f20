export fn f(x: f64) -> f64 {
    let scale = 2.0;
    return scale(x);
}
