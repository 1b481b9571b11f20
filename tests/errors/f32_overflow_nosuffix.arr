export fn f(x: f32) -> f32 {
    let y: f32 = 1e39;
    return x * y;
}
