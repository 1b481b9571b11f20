export fn f(a: f64[n], c: f32[n]) -> f64[n] {
    let b = copy(a);
    runStencil(b, c) |p, q| {
        p[0] = q[1];
    }
    return b;
}
