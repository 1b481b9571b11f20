# A view reached through a block's value, a tuple binding or an inlined
# function that returns its parameter is a view too: a stencil that writes
# it would write a snapshot (the lowering's) and lose the writes, so it is
# an error like a let of a slice (tests/errors/stencil_let_slice; the
# inlined call: stencil_view_call).

export fn f(c: f64[n]) -> f64[n] {
    let o = zeros_like(c);
    let p = { c[0..n] };
    runStencil(p, o) |x, y| { x[0] = y[0] + 1.0; }
    let (q, s) = (c[0..n], 1.0);
    runStencil(q, o) |x, y| { x[0] = y[0] + s; }
    return c;
}
