# Python's conditional value: a if c else b
export fn f(a: f64[n]) -> f64 {
    return a[n - 1] if n > 0 else 0.0;
}
