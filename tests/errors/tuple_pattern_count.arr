fn two(x: f64) -> (f64, f64) {
    return x, x;
}
export fn f(x: f64) -> f64 {
    let (a, b, c) = two(x);
    return a;
}
