export fn f(x: f64[n]) -> f64[n] {
    let m = [x[i] * x[j] for i in 0..n, j in 0..n];
    return x + m;
}
