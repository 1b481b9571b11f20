export fn f(x: f64) -> f64 {
    let s = 0.0;
    s += x;
    return s;
}
