export fn f(x: i64) -> i64 {
    return 0x1F;
}
