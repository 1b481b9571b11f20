# NumPy's zeros(n, dtype)
export fn f(n: i64) -> f64[n] { return zeros(n, f64); }
