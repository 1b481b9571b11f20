export fn f(a: i64[n], x: f64) -> i64 {
    a[0] = x;
    return a[0];
}
