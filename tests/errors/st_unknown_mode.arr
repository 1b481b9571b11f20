export fn f(a: f64[n]) -> f64[n] {
    let b = copy(a);
    runStencil(b, a, 3, :oob_reflect) |p, q| {
        p[0] = q[1];
    }
    return b;
}
