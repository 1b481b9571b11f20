export fn f(a: f64[10], b: f64[4]) {
    a[0..3] = b;
}
