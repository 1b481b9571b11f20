export fn f(x: f64) -> bool {
    return x * 2.0;
}
