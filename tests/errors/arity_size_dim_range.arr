export fn f(a: f64[n, m]) -> i64 {
    return size(a, 2);
}
