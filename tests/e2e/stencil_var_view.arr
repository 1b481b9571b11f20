# A var bound to a slice is a buffer of its own as a stencil argument (the
# lowering snapshots it), whether or not it was rebound since; only a let
# naming a slice is refused (tests/errors/stencil_let_slice).
# tol: 0

export fn var_slice(x: f64[n]) -> f64[n] {
    let v = x[0..n];
    var w = v;
    let out = zeros_like(x);
    runStencil(out, w, :oob_clamp) |o, p| {
        o[0] = p[-1] + p[1];
    }
    return out;
}

export fn var_rebound(x: f64[n]) -> f64[n] {
    let v = x[0..n];
    var w = v;
    w = x * 2.0;
    let out = zeros_like(x);
    runStencil(out, w, :oob_mirror) |o, p| {
        o[0] = p[-1] - p[1];
    }
    return out;
}
