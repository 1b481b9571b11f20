fn scale(x: f64[n], k: i64) -> f64[n] { return x * f64(k); }
export fn f(x: f64[n]) -> f64[n] {
    return scale(x, 2.5);
}
