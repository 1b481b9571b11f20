# NumPy's keyword argument
export fn f(a: f64[n, m]) -> f64[m] { return sum(a, axis=0); }
