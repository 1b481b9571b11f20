export fn f(a: f64[n]) -> f64[] {
    return [x for x in a][a > 0.0];
}
export fn g(a: f64[n]) {
    copy(a)[a > 0.0] = 1.0;
}
