export fn f(a: f64[n], m: bool[n, n]) -> f64[] {
    return a[m];
}
