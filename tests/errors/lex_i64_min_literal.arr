export fn f(x: i64) -> i64 {
    return x + 9223372036854775808;
}
