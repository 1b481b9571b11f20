export fn f(a: f64[n]) -> f64 {
    return sum(|p| p * 2.0);
}
