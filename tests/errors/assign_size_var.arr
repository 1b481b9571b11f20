export fn f(a: f64[n]) -> i64 {
    n = 3;
    return n;
}
