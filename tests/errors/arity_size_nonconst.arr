export fn f(a: f64[n, m], k: i64) -> i64 {
    return size(a, k);
}
