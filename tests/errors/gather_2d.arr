export fn f(m: f64[h, w], idx: i64[k]) -> f64 {
    return sum(m[idx]);
}
