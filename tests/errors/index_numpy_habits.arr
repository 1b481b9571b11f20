# NumPy habits: a[i][j] for a 2-D element, a[i] for a row
export fn f(a: f64[n, m]) -> f64 {
    return a[0][1] + sum(a[0]);
}
