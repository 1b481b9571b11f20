export fn f(a: f64[n]) -> f64[n] {
    let s = "abc;
    return a;
}
