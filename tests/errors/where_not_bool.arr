export fn f(a: f64[n]) -> i64[] {
    return where(a);
}
