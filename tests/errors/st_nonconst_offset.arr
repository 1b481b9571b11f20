export fn f(a: f64[n], k: i64) -> f64[n] {
    let b = copy(a);
    runStencil(b, a) |p, q| {
        p[0] = q[k];
    }
    return b;
}
