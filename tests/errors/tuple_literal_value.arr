export fn f(x: f64) -> f64 {
    let t = (x, x);
    return x;
}
