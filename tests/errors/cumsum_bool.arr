export fn f(a: f64[n]) -> i64[] {
    return cumsum(a > 0.0);
}
