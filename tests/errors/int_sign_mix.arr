export fn f(a: u32[n], b: i32[n]) -> i32[n] {
    return a + b;
}
