export fn hist(x: f64[n], k: i64) -> i64[k] {
    let b = min(i64(x * f64(k)), k - 1);
    return histogram(b, k);
}
