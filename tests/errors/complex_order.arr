export fn f(a: c128[n], b: c128[n]) -> bool[n] {
    return a < b;
}
