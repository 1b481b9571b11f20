# Temporal blocking by sweeps (pass tblock): on one thread the rounds of a
# 3-D stencil run 9 at a time as one sweep over the planes of dimension 0,
# in the two buffers themselves, each round a plane (the footprint's reach)
# behind the one before, and a 2-D one's the same over its rows; on more
# threads a 2-D stencil runs tiles, and a 3-D one sweeps by parts, a part
# of the planes a thread, then fills the seams between the parts (70
# planes: 3 parts at most at reach 1, one at reach 2, 5 under gcc-asan's 3
# rounds; the f32 grid has 140); grids of 2 MiB or less run untiled.  Each case runs on one thread and on the
# variant's threads (the harness sets them), with the same expected values:
# every boundary mode but :oob_wraparound, which is never swept (2-D:
# skip and clamp), a footprint reaching 2 planes or rows back, the written
# buffer second, an f32 kernel, grids past 2 MiB and a small one, 0 to 23
# rounds (no sweep, one and two sweeps with 2 and 5 rounds after), and
# buffers bound by `var` (t_clamp, u_clamp: apart by the run-time check).  gcc-asan forces 3 rounds a
# sweep or tile on every grid (the small 3-D one has 5 planes).  The
# reference is the spec's runStencil with NumPy's vector indexing in the
# .py; the caller's arrays are updated in place and checked too.
# tol: 1e-12
# aflags: gcc-asan --stencil-tile=3

export fn t_skip(x: f64[p, q, r], it: i64) -> f64[p, q, r] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_skip) |b, a| {
        b[0, 0, 0] = 0.3 * a[0, 0, 0] + 0.15 * a[-1, 0, 0] + 0.25 * a[1, 0, 0] + 0.1 * a[0, -1, 0]
                   + 0.05 * a[0, 1, 0] + 0.08 * a[0, 0, -1] + 0.07 * a[0, 0, 1];
        return a, b;
    };
}

export fn t_dst_zero(x: f64[p, q, r], it: i64) -> f64[p, q, r] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_dst_zero) |b, a| {
        b[0, 0, 0] = 0.3 * a[0, 0, 0] + 0.15 * a[-1, 0, 0] + 0.25 * a[1, 0, 0] + 0.1 * a[0, -1, 0]
                   + 0.05 * a[0, 1, 0] + 0.08 * a[0, 0, -1] + 0.07 * a[0, 0, 1];
        return a, b;
    };
}

export fn t_src_zero(x: f64[p, q, r], it: i64) -> f64[p, q, r] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_src_zero) |b, a| {
        b[0, 0, 0] = 0.3 * a[0, 0, 0] + 0.15 * a[-1, 0, 0] + 0.25 * a[1, 0, 0] + 0.1 * a[0, -1, 0]
                   + 0.05 * a[0, 1, 0] + 0.08 * a[0, 0, -1] + 0.07 * a[0, 0, 1];
        return a, b;
    };
}

export fn t_clamp(x: f64[p, q, r], it: i64) -> f64[p, q, r] {
    var v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0, 0, 0] = 0.3 * a[0, 0, 0] + 0.15 * a[-1, 0, 0] + 0.25 * a[1, 0, 0] + 0.1 * a[0, -1, 0]
                   + 0.05 * a[0, 1, 0] + 0.08 * a[0, 0, -1] + 0.07 * a[0, 0, 1];
        return a, b;
    };
}

export fn t_mirror(x: f64[p, q, r], it: i64) -> f64[p, q, r] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_mirror) |b, a| {
        b[0, 0, 0] = 0.3 * a[0, 0, 0] + 0.15 * a[-1, 0, 0] + 0.25 * a[1, 0, 0] + 0.1 * a[0, -1, 0]
                   + 0.05 * a[0, 1, 0] + 0.08 * a[0, 0, -1] + 0.07 * a[0, 0, 1];
        return a, b;
    };
}

# reaches 2 planes back: each round of a sweep 2 planes behind the one before
export fn t_reach(x: f64[p, q, r], it: i64) -> f64[p, q, r] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0, 0, 0] = 0.2 * a[-2, 0, 0] + 0.3 * a[-1, 0, 0] + 0.3 * a[0, 0, 0] + 0.1 * a[1, 0, 0]
                   + 0.05 * a[0, 1, 0] + 0.05 * a[0, 0, -1];
        return a, b;
    };
}

# the written buffer second: w (v) written from u (x), then swapped
export fn t_second(x: f64[p, q, r], it: i64) -> f64[p, q, r] {
    let v = copy(x);
    return runStencil(x, v, it, :oob_skip) |u, w| {
        w[0, 0, 0] = 0.5 * u[0, 0, 0] + 0.125 * (u[-1, 0, 0] + u[1, 0, 0]) + 0.25 * u[0, 1, -1];
        return w, u;
    };
}

export fn t_f32(x: f32[p, q, r], it: i64) -> f32[p, q, r] {
    let v = copy(x);
    return runStencil(v, x, it) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 0.125 * a[-1, 0, 0] + 0.125 * a[1, 0, 0] + 0.125 * a[0, -1, 0] + 0.125 * a[0, 0, 1];
        return a, b;
    };
}

# 2-D: sweeps over the rows on one thread, tiles on more
export fn u_skip(x: f64[p, q], it: i64) -> f64[p, q] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_skip) |b, a| {
        b[0, 0] = 0.4 * a[0, 0] + 0.15 * a[-1, 0] + 0.25 * a[1, 0] + 0.12 * a[0, -1] + 0.08 * a[0, 1];
        return a, b;
    };
}

export fn u_clamp(x: f64[p, q], it: i64) -> f64[p, q] {
    var v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0, 0] = 0.4 * a[0, 0] + 0.15 * a[-1, 0] + 0.25 * a[1, 0] + 0.12 * a[0, -1] + 0.08 * a[0, 1];
        return a, b;
    };
}

# reaches 2 rows back and 2 columns ahead
export fn u_reach(x: f64[p, q], it: i64) -> f64[p, q] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0, 0] = 0.2 * a[-2, 0] + 0.3 * a[-1, 1] + 0.3 * a[0, 0] + 0.1 * a[1, 0] + 0.1 * a[0, 2];
        return a, b;
    };
}
