export fn f(x: i64) -> i64 {
    x;
    return x;
}
