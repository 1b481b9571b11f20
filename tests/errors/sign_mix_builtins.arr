# signed and unsigned integers of one width do not mix in two-argument
# builtins either (min, max, pow, atan2, dot, matmul, outer): each call is an
# error with the conversion note, never C that does not compile (max in a
# select made arrc crash; found by a review against LANGUAGE.md section 12)
export fn f(a: u32, b: i32, c: bool, x: u8[n], y: i8[n], p: u16[n, n], q: i16[n, n]) -> f64 {
    let m = max(a, b);
    let s = select(c, max(a, b), a);
    let t = sum(min(x, y));
    let w = pow(a, b) + atan2(x, y)[0];
    let d = dot(x, y);
    let g = p @ q;
    let o = outer(x, y);
    return 0.0;
}
