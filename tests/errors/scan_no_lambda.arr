export fn f(a: f64[n]) -> f64[] {
    return scan(0.0, a);
}
