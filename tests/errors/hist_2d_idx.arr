export fn f(idx: i64[h, w]) -> i64[] {
    return histogram(idx, 4);
}
