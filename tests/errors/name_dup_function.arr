fn g(x: f64) -> f64 {
    return x;
}

fn g(x: f64) -> f64 {
    return x * 2.0;
}

export fn f(x: f64) -> f64 {
    return g(x);
}
