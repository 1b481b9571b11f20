export fn f(x: f64, m: i64) -> i64 {
    return m & x;
}
