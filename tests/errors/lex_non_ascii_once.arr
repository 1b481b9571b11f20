export fn f(x: f64) -> f64 {
    let α = 0.5;
    return α * x;
}
