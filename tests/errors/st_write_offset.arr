export fn f(a: f64[n]) -> f64[n] {
    let b = copy(a);
    runStencil(b, a) |p, q| {
        p[1] = q[0];
    }
    return b;
}
