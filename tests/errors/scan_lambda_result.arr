export fn f(a: i64[n]) -> i64[] {
    return scan(|x, y| x < y, 0, a);
}
