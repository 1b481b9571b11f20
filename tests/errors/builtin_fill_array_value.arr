export fn f(a: f64[n]) -> f64[n, 3] {
    return fill(a, n, 3);
}
