exprot fn f(a: f64) -> f64 {
    return a;
}
