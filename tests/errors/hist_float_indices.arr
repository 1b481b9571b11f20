export fn f(x: f64[n]) -> i64[] {
    return histogram(x, 10);
}
