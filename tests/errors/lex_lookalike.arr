export fn f(a: f64[n]) -> f64[n] {
    let b = a− 1.0;
    let c = a * 2.0 × b;
    let xλ = 3.0;
    return c * xλ + √a;
}
