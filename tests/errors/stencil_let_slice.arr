# A let naming a slice (or a transpose) is a view of another array's memory:
# no stencil buffer, as a slice written in place is not (found by make fuzz:
# it reached the C as a NULL buffer).
export fn f(x: f64[n], m: f64[r, c]) -> f64[n] {
    let out = zeros_like(x);
    let v = x[0..n];
    runStencil(out, v, :oob_clamp) |o, p| {
        o[0] = p[-1] + p[1];
    }
    let t = transpose(m);
    let w = t;
    let o2 = zeros_like(w);
    runStencil(o2, w) |o, p| {
        o[0, 0] = p[0, 1];
    }
    let u = transpose(fill(6, r, c));       # a transpose of a temporary is a view too (make fuzz)
    let o3 = zeros_like(u);
    runStencil(o3, u) |o, p| {
        o[0, 0] = p[0, 1];
    }
    return out;
}
