export fn f(a: float64[n]) -> f64 {
    return sum(a);
}
