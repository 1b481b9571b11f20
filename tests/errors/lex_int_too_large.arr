export fn f(x: i64) -> i64 {
    return x + 99999999999999999999;
}
