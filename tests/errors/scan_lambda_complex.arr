fn h(x: f64) -> f64 {
    var y = x;
    if y < 0.0 { y = 0.0; }
    return y;
}
export fn f(a: f64[n]) -> f64[] {
    return scan(|x, y| h(x) + y, 0.0, a);
}
