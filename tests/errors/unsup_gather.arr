export fn f(a: f64[n], idx: i64[m]) -> f64 {
    return sum(a[idx]);
}
