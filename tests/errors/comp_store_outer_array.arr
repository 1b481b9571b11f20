export fn f(a: f64[n]) -> f64[n] {
    let b = [{ a[i] = 1.0; 0.0 } for i in 0..n];
    return b;
}
