export fn f(x: i64) -> i64 {
    return x << 1.5;
}
