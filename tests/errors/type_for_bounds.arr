export fn f(x: f64) -> f64 {
    var s = 0.0;
    for i in 0..x {
        s += 1.0;
    }
    return s;
}
