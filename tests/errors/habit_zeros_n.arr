# NumPy's zeros(n)
export fn f(n: i64) -> f64[n] { return zeros(n); }
