fn axpy(a: f64, x: f64, y: f64) -> f64 {
    return a * x + y;
}

export fn f(x: f64[n], y: f64[n, m]) -> f64 {
    let r = axpy(2.0, x, y);
    return 0.0;
}
