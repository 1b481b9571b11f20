export fn f(a: f64[n]) -> f64[n] {
    let été = 1.0;
    return a * été;
}
