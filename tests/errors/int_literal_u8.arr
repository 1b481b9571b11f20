export fn f() -> u8 {
    let x: u8 = 256;
    return x;
}
