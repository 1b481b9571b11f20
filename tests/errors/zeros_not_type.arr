export fn f(n: i64) -> f64[n] {
    return zeros(3, n);
}
