export fn f(x: f64, n: i64) -> f64 {
    return sum(x[0..n]);
}
