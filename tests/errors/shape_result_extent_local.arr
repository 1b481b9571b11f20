export fn f(a: f64[n], s: f64) -> f64[s] {
    return a;
}
