export fn f(x: f64) -> f64 {
    let y = { let z = x * 2.0; z + 1.0 };
    return y + z;
}
