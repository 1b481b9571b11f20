export fn f(x: f64) -> f64 {
    var y = x;
    else {
        y = 0.0;
    }
    return y;
}
