export fn f(a: f64[n]) -> f64[n] {
    return [{ var b = zeros(f64, n); b = a; b[i] = 1.0; 0.0 } for i in 0..n];
}
