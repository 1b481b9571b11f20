fn axpy(a: f64, x: f64, y: f64) -> f64 {
    return a * x + y;
}

export fn f(x: f64) -> f64 {
    return axpy(2.0, x);
}
