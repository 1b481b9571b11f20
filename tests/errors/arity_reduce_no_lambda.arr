export fn f(a: f64[n]) -> f64 {
    return reduce(0.0, a);
}
