export fn f(x: f64) -> bool {
    return !x;
}
