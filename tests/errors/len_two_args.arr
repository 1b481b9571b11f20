# the extent of a dimension other than 0: size(a, k), not len(a, k)
export fn f(a: f64[n, m]) -> i64 {
    return len(a, 1);
}
