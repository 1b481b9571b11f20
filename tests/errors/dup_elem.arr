fn g(x: f64) -> f64 {
    return x + sum(zeros(f64, 4));
}

export fn f(a: f64[n], b: f64[n]) -> f64[n] {
    return g(a) + g(b);
}
