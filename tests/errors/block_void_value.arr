fn g(a: f64[n]) {
    a[0] = 1.0;
}
export fn f(a: f64[n]) -> f64 {
    let y = { g(a) };
    return a[0];
}
