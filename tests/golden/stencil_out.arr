# structure: parfor 21, alloc 0
# structure-O0: parfor 34, alloc 16
# Pass stencil-out: maps reading a one-round stencil's results at the
# element are computed in its kernel.  response (the Harris detector's
# last step): the window sums sa and sb and the maps' temporaries are
# never built, the response is written by the stencil's loops (parfor 5,
# alloc 0; without the pass parfor 6, alloc 1: sb, and a map pass over
# sa, sb and the result, which holds sa).  Left alone: :oob_skip (the
# border keeps the buffer's values), a map reading the result through a
# slice, a map after a store.
# The boundary index helpers are called, never inlined (a 25-point blur
# under :oob_mirror inlined 100 of them an element: 90 s of clang -O2):
# c-contains: ARR_COLD_HELPER int64_t arr_mirror_index(int64_t x, int64_t n)
# c-contains: ARR_COLD_HELPER int64_t arr_wrap_index(int64_t x, int64_t n)
export fn response(x: f64[h, w], k: f64) -> f64[h, w] {
    let sa = empty_like(x);
    let sb = empty_like(x);
    runStencil(sa, sb, x, :oob_mirror) |a, b, p| {
        a[0, 0] = p[-1, 0] + p[0, 0] + p[1, 0];
        b[0, 0] = p[0, -1] + p[0, 0] + p[0, 1];
    }
    let tr = sa + sb;
    return sa * sb - k * tr * tr;
}

export fn skip(x: f64[h, w]) -> f64[h, w] {
    let s = zeros_like(x);
    runStencil(s, x, :oob_skip) |a, p| {
        a[0, 0] = p[-1, 0] + p[1, 0];
    }
    return s * 2.0;
}

export fn through_slice(x: f64[n]) -> f64[n] {
    let s = empty_like(x);
    runStencil(s, x, :oob_clamp) |a, p| {
        a[0] = p[-1] + p[1];
    }
    let v = s[0..n];
    return v * 2.0;
}

export fn after_store(x: f64[n], y: f64[n]) -> f64[n] {
    let s = empty_like(x);
    runStencil(s, x, :oob_clamp) |a, p| {
        a[0] = p[-1] + p[1];
    }
    y[0] = 1.0;
    return s * y;
}

# a float sum of the results moves in too: each of the stencil's loops adds
# to it (parfor 5, alloc 0; without moving the sum parfor 6, alloc 2: n and
# the squares, summed by a loop of their own)
export fn resid(x: f64[h, w]) -> (f64[h, w], f64) {
    let n = empty_like(x);
    runStencil(n, x, :oob_clamp) |o, p| {
        o[0, 0] = 0.25 * (p[-1, 0] + p[1, 0] + p[0, -1] + p[0, 1]);
    }
    let d = n - x;
    return n, sum(d * d);
}
