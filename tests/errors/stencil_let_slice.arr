# A let or var naming a slice (or a transpose) is a view of another array's
# memory: the stencil may read it (tests/e2e/stencil_var_view) but not write
# it in place, as a slice written in place is not (found by make fuzz: it
# reached the C as a NULL buffer), nor rotate it with the other buffers.
export fn f(x: f64[n], m: f64[r, c]) -> f64[n] {
    let out = zeros_like(x);
    let v = x[0..n];
    runStencil(v, out, :oob_clamp) |p, o| {
        p[0] = o[-1] + o[1];
    }
    let t = transpose(m);
    var w = t;
    let o2 = zeros_like(w);
    runStencil(o2, w, 4) |o, p| {
        o[0, 0] = p[0, 1];
        return p, o;
    }
    var u = transpose(fill(6, r, c));       # a transpose of a temporary is a view too (make fuzz)
    let o3 = zeros_like(u);
    runStencil(u, o3) |p, o| {
        p[0, 0] = o[0, 1];
    }
    return out;
}
