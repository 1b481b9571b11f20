export fn f(a: i64[n]) {
    a[a > 0] *= 1.5;
}
