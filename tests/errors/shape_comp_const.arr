export fn f() -> i64[] {
    return [i for i in 0..3] + [i for i in 0..4];
}
