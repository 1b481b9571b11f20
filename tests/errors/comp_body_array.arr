export fn f(x: f64[n]) -> f64[n] {
    let y = [x for i in 0..n];
    return x;
}
