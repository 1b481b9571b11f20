export fn f(x: i64) -> i32 {
    let y: i32 = x;
    return y;
}
