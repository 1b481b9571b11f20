# Pass stencil-chain: a one-round stencil read only by the next runs
# inside it, by strips of 16 to 64 rows into windows per thread.  Pairs in
# every mode the pass takes (the first: wraparound, mirror, clamp,
# src_zero; the second: mirror, clamp, src_zero, skip, dst_zero), and a
# second stencil in wraparound (left alone); two results, a result read
# by two buffers, a reach of 2 rows, another operand in each stencil; on
# grids from 1 x 5 to 100 x 9 (several strips).  The reference is the
# spec's runStencil in plain NumPy (stencil_ref.py), one stencil after
# the other.
# tol: 1e-13

export fn c_mirror(x: f64[h, w], c: f64[h, w]) -> f64[h, w] {
    let gx = empty_like(x);
    let gy = empty_like(x);
    runStencil(gx, gy, x, :oob_mirror) |a, b, p| {
        a[0, 0] = p[0, 1] - p[0, -1];
        b[0, 0] = p[1, 0] - 0.5 * p[-1, 0];
    }
    let o = empty_like(x);
    runStencil(o, gx, gy, c, :oob_mirror) |r, u, v, k| {
        r[0, 0] = u[-1, 0] * v[1, 1] + u[0, 0] * u[0, 0] - v[2, -1] + k[0, 0];
    }
    return o;
}

export fn c_wrap_clamp(x: f64[h, w]) -> f64[h, w] {
    let g = empty_like(x);
    runStencil(g, x, :oob_wraparound) |a, p| {
        a[0, 0] = p[-1, -1] + 2.0 * p[1, 0] - p[0, 2];
    }
    let o = empty_like(x);
    runStencil(o, g, g, :oob_clamp) |r, u, v| {
        r[0, 0] = u[-2, 0] - v[1, -1] + 0.25 * u[0, 1];
    }
    return o;
}

export fn c_clamp_zero(x: f64[h, w], s: f64) -> f64[h, w] {
    let g = empty_like(x);
    runStencil(g, x, :oob_clamp) |a, p| {
        a[0, 0] = s * (p[0, 0] + p[1, 1]);
    }
    let o = empty_like(x);
    runStencil(o, g, :oob_src_zero) |r, u| {
        r[0, 0] = u[-1, 0] + u[1, 0] - u[0, -1];
    }
    return o;
}

export fn c_zero_skip(x: f64[h, w]) -> f64[h, w] {
    let g = empty_like(x);
    runStencil(g, x, :oob_src_zero) |a, p| {
        a[0, 0] = p[-1, 0] - p[0, 1];
    }
    let o = fill(7.0, h, w);
    runStencil(o, g, :oob_skip) |r, u| {
        r[0, 0] = u[-1, -1] * u[1, 1];
    }
    return o;
}

export fn c_dst_zero(x: f32[h, w]) -> f32[h, w] {
    let g = empty_like(x);
    runStencil(g, x, :oob_mirror) |a, p| {
        a[0, 0] = p[0, -1] + p[0, 1] - p[2, 0];
    }
    let o = empty_like(x);
    runStencil(o, g, :oob_dst_zero) |r, u| {
        r[0, 0] = u[0, 0] - u[1, 0] * 0.5;
    }
    return o;
}

export fn c_wrap2(x: f64[h, w]) -> f64[h, w] {
    let g = empty_like(x);
    runStencil(g, x, :oob_mirror) |a, p| {
        a[0, 0] = p[1, 0] - p[0, 0];
    }
    let o = empty_like(x);
    runStencil(o, g, :oob_wraparound) |r, u| {
        r[0, 0] = u[-1, 0] + u[1, 1];
    }
    return o;
}

export fn c_1d(x: f64[n]) -> f64[n] {
    let g = empty_like(x);
    runStencil(g, x, :oob_clamp) |a, p| {
        a[0] = p[-1] - 2.0 * p[1];
    }
    let o = empty_like(x);
    runStencil(o, g, x, :oob_mirror) |r, u, v| {
        r[0] = u[-2] * v[0] + u[2] - u[0];
    }
    return o;
}

export fn c_3d(x: f64[a, b, c]) -> f64[a, b, c] {
    let g = empty_like(x);
    runStencil(g, x, :oob_mirror) |t, p| {
        t[0, 0, 0] = p[-1, 0, 1] - p[0, 1, -1] + p[1, 1, 1];
    }
    let o = empty_like(x);
    runStencil(o, g, :oob_clamp) |r, u| {
        r[0, 0, 0] = u[1, -1, 0] + 0.5 * u[-1, 0, 1] - u[0, 0, 0];
    }
    return o;
}

# the second stencil's value is the first's result (its first buffer): no chain
export fn c_named(x: f64[h, w]) -> f64[h, w] {
    let g = empty_like(x);
    runStencil(g, x, :oob_clamp) |a, p| {
        a[0, 0] = p[0, 1] - p[0, -1];
    }
    let o = empty_like(x);
    let v = runStencil(g, o, :oob_clamp) |u, r| {
        r[0, 0] = u[-1, 0] + u[1, 0];
    };
    return v + o;
}
