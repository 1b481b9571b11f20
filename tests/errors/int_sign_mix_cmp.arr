export fn f(a: i8[n], b: u8[n]) -> bool[n] {
    return a < b ? a > 0 : b > 0;
}
