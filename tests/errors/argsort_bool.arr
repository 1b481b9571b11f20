export fn f(a: f64[n]) -> i64[] {
    return argsort(a > 0.0);
}
