# Temporal blocking (pass tblock, --stencil-tile): iterated stencils run
# several rounds per sweep.  Forced here to 3 rounds on small grids (13 x
# 11, 1-D 23): 2-D by strips of 4 rows (a wavefront through rings of rows),
# and in some variants by tiles of 4 x 5 elements (windows; in one, 9 rounds
# by tiles of 3 x 4); 1-D by tiles of 4; so strips, tiles, windows and
# edges meet in every way: every boundary mode, an asymmetric footprint
# reaching 2 in one direction, a read-only coefficient buffer, a 1-D
# kernel, an f32 radius-2 blur, the written buffer in either position, 0
# to 10 rounds (the tiled blocks, then the rest untiled).  The reference is
# the spec's runStencil in plain NumPy (stencil_ref.py), bit-comparable;
# the caller's arrays are updated in place and printed too.  Under ASan
# the tiles' prefetch hints are reads, so a hint outside its array fails.
# flags: --stencil-tile=3,4
# aflags: gcc-serial --stencil-tile=3,4,5; gcc-asan --stencil-tile=3,4,5; gcc-strict --stencil-tile=9,3,4; clang-tsan --stencil-tile=3,4,5; clang-sleef --stencil-tile=5,2,3
# tol: 1e-12

export fn t_skip(x: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_skip) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.2 * a[-1, 0] + 0.1 * a[1, 1] + 0.15 * a[0, -2] + 0.05 * a[2, 0];
        return a, b;
    };
}

export fn t_wraparound(x: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_wraparound) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.2 * a[-1, 0] + 0.1 * a[1, 1] + 0.15 * a[0, -2] + 0.05 * a[2, 0];
        return a, b;
    };
}

export fn t_dst_zero(x: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_dst_zero) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.2 * a[-1, 0] + 0.1 * a[1, 1] + 0.15 * a[0, -2] + 0.05 * a[2, 0];
        return a, b;
    };
}

export fn t_src_zero(x: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_src_zero) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.2 * a[-1, 0] + 0.1 * a[1, 1] + 0.15 * a[0, -2] + 0.05 * a[2, 0];
        return a, b;
    };
}

export fn t_clamp(x: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.2 * a[-1, 0] + 0.1 * a[1, 1] + 0.15 * a[0, -2] + 0.05 * a[2, 0];
        return a, b;
    };
}

export fn t_mirror(x: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_mirror) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.2 * a[-1, 0] + 0.1 * a[1, 1] + 0.15 * a[0, -2] + 0.05 * a[2, 0];
        return a, b;
    };
}

export fn t_coef(x: f64[h, w], c: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(v, x, c, it, :oob_mirror) |b, a, k| {
        b[0, 0] = k[0, 0] * a[0, 0] + 0.3 * a[0, 1] + 0.2 * k[-1, 0] * a[-1, -1];
        return a, b, k;
    };
}

export fn t_1d(x: f64[n], it: i64) -> f64[n] {
    let v = copy(x);
    return runStencil(v, x, it, :oob_clamp) |b, a| {
        b[0] = 0.25 * a[-1] + 0.5 * a[0] + 0.125 * a[1] + 0.125 * a[2];
        return a, b;
    };
}

export fn t_blur(x: f32[h, w], it: i64) -> f32[h, w] {
    let v = copy(x);
    return runStencil(v, x, it) |b, a| {
        b[0, 0] = 0.0625 * (a[-2, -2] + a[2, 2] + a[-2, 2] + a[2, -2]) + 0.125 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1])
                + 0.25 * a[0, 0];
        return a, b;
    };
}

export fn t_second(x: f64[h, w], it: i64) -> f64[h, w] {
    let v = copy(x);
    return runStencil(x, v, it, :oob_wraparound) |p, q| {
        q[0, 0] = 0.25 * (p[-1, 0] + p[1, 0] + p[0, -1] + p[0, 1]);
        return q, p;
    };
}
