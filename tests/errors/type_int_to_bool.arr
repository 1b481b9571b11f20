export fn f(x: f64) -> bool {
    let b: bool = 1;
    return b;
}
