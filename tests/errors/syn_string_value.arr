export fn f(x: f64) -> f64 {
    let s = "abc";
    return x;
}
