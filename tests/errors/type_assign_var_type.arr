export fn f(x: f64) -> i64 {
    var count = 0;
    count = x;
    return count;
}
