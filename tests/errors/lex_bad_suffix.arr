export fn f(x: i64) -> i64 {
    return x + 12abc;
}
