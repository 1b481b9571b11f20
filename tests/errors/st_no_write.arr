export fn f(a: f64[n]) -> f64 {
    let b = copy(a);
    let s = q0(a);
    runStencil(b, a) |p, q| {
        let t = q[1];
    }
    return s;
}
fn q0(a: f64[n]) -> f64 { return a[0]; }
