# Stencils whose kernel reads only its own element (a footprint of [0..0]:
# no halo), rotating two buffers: pass tblock tiles the 1-D one (the least
# tile is 1 element, not 8 x rounds x a reach of 0: a grid of 0 elements
# made 0 tiles of 0 and a division by zero) and, on one thread, sweeps the
# 2-D one in place, all rounds of a step on the same row.  The compiler
# itself divided by the reach of 0 (fuzz seed 6262, program 148).  Grids
# of 0 to 1000 elements (1000 x 300 in 2-D), 0 to 12 rounds, on one thread and two.
# tol: 1e-12
# aflags: gcc-asan --stencil-tile=5

export fn p1(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0] = 0.5 * a[0] + 1.0;
        return a, b;
    };
}

export fn p2(x: f64[n, m], it: i64) -> f64[n, m] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_skip) |b, a| {
        b[0, 0] = 0.75 * a[0, 0] - 0.5;
        return a, b;
    };
}
