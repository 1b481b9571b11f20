export fn f(a: f32[n], m: u8[n]) -> f32[n] {
    return runStencil(a, m, 2) |x, y| {
        x[0] = f32(y[0]);
        return y, x;
    };
}
