export fn f(c: i64) -> i64 {
    return -5 >> c;
}
