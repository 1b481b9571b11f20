fn h(x: f64) -> f64 {
    let y = x * 2.0;
    return y + 1.0;
}

export fn f(a: f64[n]) -> f64 {
    return reduce(|p, q| h(p) + q, 0.0, a);
}
