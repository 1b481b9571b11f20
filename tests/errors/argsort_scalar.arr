export fn f(x: f64) -> i64[] {
    return argsort(x);
}
