export fn f(x: f64) -> f64 {
    let a = x + * 2.0;
    let b = x * 2.0;
    let c = / b;
    return a + b + c;
}
