export fn f(a: f32[n], m: u8[n, n]) -> f32[n] {
    return runStencil(a, m) |x, y| {
        x[0] = 1.0;
    };
}
