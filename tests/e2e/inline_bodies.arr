# Functions inlined into comprehension and stencil bodies (issue 11, bugs 4-6):
# a stencil kernel calling a user function (with an early return too), a
# comprehension over a function returning a tuple, and a function with an
# early return inlined into two comprehensions of one function.
fn feq(w: f64, rho: f64, u: f64) -> f64 {
    return w * rho * (1.0 + 3.0 * u + 4.5 * u * u);
}
fn relu(v: f64) -> f64 {
    if v < 0.0 { return 0.0; }
    return v * 2.0;
}
fn polar(v: f64) -> (f64, f64) { return v * 2.0, v + 1.0; }
fn split(v: f64) -> (f64, f64) {
    if v < 0.0 { return -v, 0.0; }
    return v, 1.0;
}

export fn lb(f: f64[n], g: f64[n], k: i64) -> f64[n] {
    return runStencil(g, f, k, :oob_wraparound) |b, a| {
        b[0] = feq(0.5, a[0], 0.1 * (a[1] - a[-1])) + relu(a[1] - a[0]);
        return a, b;
    };
}
export fn tup(x: f64[n]) -> (f64[n], f64[n], f64[n], f64[n]) {
    let (a, b) = [polar(x[i]) for i in 0..n];
    let (c, d) = [split(x[i] - 1.0) for i in 0..n];
    return a, b, c, d;
}
export fn two_comps(x: f64[n]) -> (f64[n], f64[n]) {
    let a = [relu(x[i]) for i in 0..n];
    let b = [relu(x[i] - 1.0) for i in 0..n];
    return a, b;
}
