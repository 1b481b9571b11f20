export fn f(a: u64[n]) -> u64[n] {
    return a + 18446744073709551616;
}
