export fn f(x: i32) -> i32 {
    let y: i32 = 1.5;
    return x + y;
}
