export fn f(a: f64[N]) -> f64 {
    return Sum(a) / f64(n);
}
