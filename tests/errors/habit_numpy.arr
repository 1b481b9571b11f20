# NumPy's np.sum
export fn f(a: f64[n]) -> f64 { return np.sum(a); }
