export fn f(a: f64[10]) -> f64 {
    return sum(a[0..3] * a[5..9]);
}
