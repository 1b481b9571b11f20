# structure: parfor 14, alloc 6
# The blocks' guard: a grid whose block (grid x 63 rounds x 10 operations)
# is too little work for threads runs its blocks on the calling thread.
# c-contains: if ((630 * n) < 20000 || (double)((630 * n)) * (double)(tile_blocks) < 100000.0) {
# Temporal blocking of 1-D stencils (pass tblock): any grid, 63 rounds a
# block (a short last block), by tiles of about n / threads elements sized
# at run time (arr_tile_len), so the threads meet once a block instead of
# once a round; a tile runs its middle rounds two a step in a loop.  The
# jacobi step of PolyBench (footprint 1: tiles of 504 elements at least);
# a wide footprint (reach 200: rounds few enough to keep the halo within an
# eighth of the work: 9 rounds a block); a constant 4 rounds (one block of 3, then the
# last untiled).  Without the pass: parfor 11, alloc 0.
export fn jacobi(tsteps: i64, A: f64[n], B: f64[n]) {
    runStencil(B, A, 2 * tsteps, :oob_skip) |b, a| {
        b[0] = 0.33333 * (a[-1] + a[0] + a[1]);
        return a, b;
    }
}

export fn wide(u: f64[n], it: i64) -> f64[n] {
    let v = copy(u);
    return runStencil(v, u, it, :oob_clamp) |b, a| {
        b[0] = 0.5 * a[0] + 0.25 * (a[-200] + a[200]);
        return a, b;
    };
}

export fn four(u: f64[n]) -> f64[n] {
    let v = copy(u);
    return runStencil(v, u, 4, :oob_wraparound) |b, a| {
        b[0] = 0.5 * a[0] + 0.25 * (a[-1] + a[1]);
        return a, b;
    };
}
