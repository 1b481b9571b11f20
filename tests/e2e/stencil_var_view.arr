# A let or var naming a slice or a transpose (a view, section 4) may be a
# buffer the stencil only reads: the rounds read a snapshot of it (the
# lowering's), the same elements. A rebound var holds an array of its own.
# A view the stencil writes is refused (tests/errors/stencil_let_slice).
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

export fn let_views(x: f64[n], m: f64[r, c]) -> (f64[n], f64[c, r], f64) {
    let out = zeros_like(x);
    let v = x[0..n];
    runStencil(out, v, :oob_clamp) |o, p| {
        o[0] = p[-1] + p[1];
    }
    let t = transpose(m);
    let w = t;
    let o2 = zeros_like(w);
    runStencil(o2, w, :oob_wraparound) |o, p| {
        o[0, 0] = p[0, 1] - p[1, 0];
    }
    # the view as the first buffer: the value is the view itself (it sees a
    # store into x afterwards)
    let o3 = zeros_like(x);
    let first = runStencil(v, o3, :oob_clamp) |p, o| {
        o[0] = 2.0 * p[1];
    };
    x[0] = 100.0;
    return out, o2, first[0] + sum(o3);
}
