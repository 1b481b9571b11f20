export fn f(a: f64[n]) -> f64[m] {
    return a;
}
