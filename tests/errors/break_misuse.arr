# break and continue stay inside the innermost loop of their own body
export fn f(x: f64[n]) -> f64[n] {
    break;
    for k in 0..3 {
        let y = [{
            if x[i] < 0.0 { continue; }
            x[i]
        } for i in 0..n];
        runStencil(x, 1) |a| {
            a[0] = 1.0;
            break;
        }
    }
    return x;
}
fn g(v: f64) -> f64 { continue; return v; }
export fn h(x: f64) -> f64 { for i in 0..3 { let z = g(x); } return x; }
