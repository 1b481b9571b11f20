export fn f(x: f64) -> f64 {
    return x ? 1.0 : 2.0 : 3.0;
}
