export fn f(m: f64[h, w]) -> i64[] {
    return argsort(m);
}
