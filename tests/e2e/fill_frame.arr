# Pass fillframe: a fill that a stencil's first round overwrites inside
# fills only the frame around the stencil's interior (the zeros of
# zeros_like stay only on the border the stencil skips). Rank 1, 2 and 3,
# footprints of other widths on each side, several rounds, grids too small
# to have an interior, a fill of another constant, and stencils the pass
# must leave alone: rounds counted at run time (zero rounds keep every
# zero) and a kernel that reads the buffer it writes.
# structure: parfor 11, alloc 0
export fn f1(x: f64[n]) -> f64[n] {
    let y = zeros_like(x);
    runStencil(y, x) |b, a| { b[0] = 0.5 * a[-2] + a[0] - 0.25 * a[1]; }
    return y;
}
export fn f2(x: f32[h, w]) -> f32[h, w] {
    let y = zeros_like(x);
    runStencil(y, x) |b, a| { b[0, 0] = a[-1, 0] + a[1, 0] - a[0, -1] + 2.0f * a[0, 2]; }
    return y;
}
export fn f3(x: f64[p, q, r]) -> f64[p, q, r] {
    let y = fill(7.5, p, q, r);
    runStencil(y, x, 2) |b, a| { b[0, 0, 0] = a[0, 0, -1] + a[1, -1, 0] * 3.0; }
    return y;
}
export fn frun(x: f64[n], t: i64) -> f64[n] {
    let y = zeros_like(x);
    runStencil(y, x, t) |b, a| { b[0] = a[-1] - a[1]; }
    return y;
}
export fn fself(x: f64[n]) -> f64[n] {
    let y = ones(f64, n);
    runStencil(y, x) |b, a| { b[0] = a[-1] + b[0]; }
    return y;
}
