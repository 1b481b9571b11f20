export fn f(a: u16[n], c: bool) -> u16[n] {
    return c ? a : i16(a);
}
