export fn f(a: f64[n]) -> f64 {
    let b: f32[n] = a;
    return 0.0;
}
