export fn f() -> f64 {
    let x: f64 = 2.5i;
    return x;
}
