# == as a statement
export fn f(x: f64) -> f64 {
    var y = 0.0;
    y == x;
    return y;
}
