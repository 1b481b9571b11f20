# NumPy's max(a) and min(a): the largest element is maximum(a)
export fn f(a: f64[n]) -> f64 {
    return max(a) - min(a);
}
