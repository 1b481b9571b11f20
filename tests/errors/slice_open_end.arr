export fn f(a: f64[n]) -> f64 {
    return sum(a[1..]);
}
