export fn f(idx: i64[n], k: i64[n]) -> i64[] {
    return histogram(idx, k);
}
