export fn f(a: f64[n]) -> f64[n] {
    return cumsum(a);
}
