fn both(x: f64) -> (f64, f64) {
    return x, -x;
}

export fn f(a: f64[n]) -> f64 {
    let (p, q) = both(a);
    return 0.0;
}
