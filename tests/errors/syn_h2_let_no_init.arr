export fn f(x: f64) -> f64 {
    var y: f64;
    if x > 0.0 { y = x; } else { y = -x; }
    return y;
}
