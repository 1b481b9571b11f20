export fn f(x: i32) -> i32 {
    let y: i32 = 3000000000;
    return x + y;
}
