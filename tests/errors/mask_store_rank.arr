export fn f(a: f64[n, n], b: f64[n]) {
    a[a > 0.0] = b;
}
