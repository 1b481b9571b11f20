export fn f(a: f64[n]) -> f64[n] {
    let b = copy(a);
    runStencil(b, a) |p| {
        p[0] = p[1];
    }
    return b;
}
