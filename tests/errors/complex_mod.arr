export fn f(a: c128[n]) -> c128[n] {
    return a % 2.0;
}
