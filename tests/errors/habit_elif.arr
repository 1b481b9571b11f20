# Python's elif
export fn f(x: f64) -> f64 {
    var y = 0.0;
    if x > 1.0 { y = 1.0; } elif x > 0.0 { y = 0.5; }
    return y;
}
