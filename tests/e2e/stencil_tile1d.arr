# Temporal blocking of 1-D iterated stencils as the compiler chooses it
# (no --stencil-tile): up to 63 rounds a block, the last block fewer (odd,
# at least 3), by tiles of about n / threads elements (at least 8 x 63 x
# the footprint's reach, at most a cache-sized window), chosen at run
# time; the rounds loop inside a tile runs two rounds a step.  Grids of 37
# (one tile), 1100 and 2500 elements (2 or 3 tiles at 2 and 3 threads,
# the last one short) and 45000 (tiles of the window's size, several per
# thread), every boundary mode, a footprint reaching 2 to one side, an f32
# kernel, the written buffer second, 0 to 200 rounds (no block, one short
# block, full blocks and none after, full blocks and a short one).  The
# reference is the spec's runStencil written with NumPy's vector indexing
# in the .py (independent of stencil_ref.py's element loop, which would
# take minutes here); the caller's arrays are updated in place and checked
# too.  For 45000 elements a sample (every 37th) and the plain in-order
# sum are printed.
# tol: 1e-12

export fn t_skip(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_skip) |b, a| {
        b[0] = 0.3 * a[-1] + 0.45 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

export fn t_wraparound(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_wraparound) |b, a| {
        b[0] = 0.3 * a[-1] + 0.45 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

export fn t_dst_zero(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_dst_zero) |b, a| {
        b[0] = 0.3 * a[-1] + 0.45 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

export fn t_src_zero(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_src_zero) |b, a| {
        b[0] = 0.3 * a[-1] + 0.45 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

export fn t_clamp(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0] = 0.3 * a[-1] + 0.45 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

export fn t_mirror(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_mirror) |b, a| {
        b[0] = 0.3 * a[-1] + 0.45 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

# reach 2 to the left: tiles at least 8 x 63 x 2 elements
export fn t_reach(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0] = 0.2 * a[-2] + 0.3 * a[-1] + 0.4 * a[0] + 0.1 * a[1];
        return a, b;
    };
}

export fn t_f32(x: f32[n], it: i64) -> f32[n] {
    let v = copy(x);
    return runStencil(v, x, it) |b, a| {
        b[0] = 0.25 * a[-1] + 0.5 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

# the written buffer second: q (v) written from p (x), then swapped
export fn t_second(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(x, v, it, :oob_wraparound) |p, q| {
        q[0] = 0.5 * (p[-1] + p[1]);
        return q, p;
    };
}
