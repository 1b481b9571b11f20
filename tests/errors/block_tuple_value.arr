export fn f(x: f64) -> f64 {
    let y = { let z = x; (z, z) };
    return y;
}
