export fn f(a: f64[n]) -> f64[n] {
    let b = copy(a);
    runStencil(b, a) |p, q| {
        p[0] = sum(q);
    }
    return b;
}
