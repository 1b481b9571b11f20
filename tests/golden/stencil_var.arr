# structure: parfor 5, alloc 3
# Temporal blocking of a stencil whose buffers are bound by `var` (pass
# tblock): a `var` may hold any array, so the buffers cannot be proven
# apart here (`v = u` when `same`), but the call checks at run time that
# they are distinct arrays before the first round (the "same array"
# check below), so the rounds are tiled (more threads) and swept (one
# thread) as with `let` buffers.  Untiled (before): parfor 3, alloc 1.
export fn heat_var(x: f64[h, w], k: i64, same: bool) -> f64[h, w] {
    var u = copy(x);
    var v = copy(x);
    if same {
        v = u;
    }
    return runStencil(v, u, k, :oob_skip) |b, a| {
        b[0, 0] = 0.25 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1]);
        return a, b;
    };
}
