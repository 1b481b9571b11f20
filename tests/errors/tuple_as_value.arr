fn minmax(a: f64[n]) -> (f64, f64) {
    return minimum(a), maximum(a);
}

export fn f(a: f64[n]) -> f64 {
    return minmax(a) * 2.0;
}
