# structure: parfor 14, alloc 4
# structure-O0: parfor 24, alloc 7
# Pass stencil-chain: a one-round stencil read only by the next runs
# inside it by strips of rows (the first stencil's rows in windows per
# thread).  edges: gradients, then a window sum of their products: one
# parfor, two windows (without the pass 8 parfors and 2 arrays, the
# gradients; this file: parfor 21, alloc 4).  Left alone: a first result
# also returned (used), a second stencil in :oob_wraparound (its row -1
# is the last row, outside the first strip's window).
export fn edges(x: f32[h, w]) -> f32[h, w] {
    let gx = empty_like(x);
    let gy = empty_like(x);
    runStencil(gx, gy, x, :oob_mirror) |a, b, p| {
        a[0, 0] = p[0, 1] - p[0, -1];
        b[0, 0] = p[1, 0] - p[-1, 0];
    }
    let s = empty_like(x);
    runStencil(s, gx, gy, :oob_mirror) |o, u, v| {
        o[0, 0] = u[-1, 0] * v[-1, 0] + u[0, 0] * v[0, 0] + u[1, 0] * v[1, 0];
    }
    return s;
}

export fn used(x: f32[h, w]) -> (f32[h, w], f32[h, w]) {
    let g = empty_like(x);
    runStencil(g, x, :oob_clamp) |a, p| {
        a[0, 0] = p[0, 1] - p[0, -1];
    }
    let s = empty_like(x);
    runStencil(s, g, :oob_clamp) |o, u| {
        o[0, 0] = u[-1, 0] + u[1, 0];
    }
    return s, g;
}

export fn wrapped(x: f32[h, w]) -> f32[h, w] {
    let g = empty_like(x);
    runStencil(g, x, :oob_clamp) |a, p| {
        a[0, 0] = p[0, 1] - p[0, -1];
    }
    let s = empty_like(x);
    runStencil(s, g, :oob_wraparound) |o, u| {
        o[0, 0] = u[-1, 0] + u[1, 0];
    }
    return s;
}
