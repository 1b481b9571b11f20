export fn f(a: f64[n]) -> f64 {
    copy(a)[0] = 1.0;
    return a[0];
}
