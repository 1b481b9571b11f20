export fn f(a: c128[n]) -> c128[n] {
    return floor(a);
}
