export fn f(x: f64[n]) -> f64[n] {
    let (a, b) = [(x[i], x) for i in 0..n];
    return a;
}
