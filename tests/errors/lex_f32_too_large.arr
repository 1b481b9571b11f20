export fn f(x: f32) -> f32 {
    return x * 1e39f;
}
