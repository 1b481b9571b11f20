export fn f(x: f64) -> f64 {
    let z = zeros(f64, -3);
    return x;
}
