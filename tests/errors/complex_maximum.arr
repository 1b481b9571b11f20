export fn f(a: c64[n]) -> c64 {
    return maximum(a);
}
