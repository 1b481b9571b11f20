export fn f(x: f64, flag: bool) -> f64 {
    return x + flag;
}
