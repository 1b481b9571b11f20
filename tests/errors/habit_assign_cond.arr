# = in a condition
export fn f(x: i64) -> i64 {
    if x = 0 { return 1; }
    return 0;
}
