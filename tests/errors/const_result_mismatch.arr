export fn f(a: f64[3]) -> f64[4] {
    return a;
}
