# The magnitude of a signed type's minimum is in range only after a minus
# sign: alone, 2147483648 does not fit i32 (it was taken as INT32_MIN).
export fn f(a: i32) -> (i32, i8, i32, i32, i8) {
    let x: i32 = 2147483648;
    let y: i8 = 128;
    let z: i32 = -2147483648;
    return x, y, a * 2147483648, z, -129;
}
