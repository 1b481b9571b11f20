export fn f(a: f64[n]) -> f64[n] {
    let b = copy(a);
    return runStencil(b, a);
}
