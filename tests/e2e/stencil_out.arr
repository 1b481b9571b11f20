# Pass stencil-out: maps that read a one-round stencil's results are
# computed in its kernel (the results a map alone reads are never built).
# The Harris-style response of two window sums in every boundary mode
# (moved in for wraparound, mirror, clamp and src_zero; skip and dst_zero
# leave the border to the buffer and keep the maps apart), a result that is
# also returned (its store kept), a map result read later (materialised),
# another operand read at the element, a 1-D f32 kernel with a math call, a
# bool result feeding select, and a written parameter.  The reference is
# the spec's runStencil in plain NumPy (stencil_ref.py).
# tol: 1e-13

export fn r_mirror(x: f64[h, w], k: f64) -> f64[h, w] {
    let sa = empty_like(x);
    let sb = empty_like(x);
    runStencil(sa, sb, x, :oob_mirror) |a, b, p| {
        a[0, 0] = p[-1, 0] + 2.0 * p[0, 0] + p[1, 1];
        b[0, 0] = p[0, -1] * p[0, 1] - p[-1, -1];
    }
    let tr = sa + sb;
    return sa * sb - k * tr * tr;
}

export fn r_wrap(x: f64[h, w], k: f64) -> f64[h, w] {
    let sa = empty_like(x);
    let sb = empty_like(x);
    runStencil(sa, sb, x, :oob_wraparound) |a, b, p| {
        a[0, 0] = p[-1, 0] + 2.0 * p[0, 0] + p[1, 1];
        b[0, 0] = p[0, -1] * p[0, 1] - p[-1, -1];
    }
    let tr = sa + sb;
    return sa * sb - k * tr * tr;
}

export fn r_clamp(x: f64[h, w], k: f64) -> f64[h, w] {
    let sa = empty_like(x);
    let sb = empty_like(x);
    runStencil(sa, sb, x, :oob_clamp) |a, b, p| {
        a[0, 0] = p[-1, 0] + 2.0 * p[0, 0] + p[1, 1];
        b[0, 0] = p[0, -1] * p[0, 1] - p[-1, -1];
    }
    let tr = sa + sb;
    return sa * sb - k * tr * tr;
}

export fn r_src_zero(x: f64[h, w], k: f64) -> f64[h, w] {
    let sa = empty_like(x);
    let sb = empty_like(x);
    runStencil(sa, sb, x, :oob_src_zero) |a, b, p| {
        a[0, 0] = p[-1, 0] + 2.0 * p[0, 0] + p[1, 1];
        b[0, 0] = p[0, -1] * p[0, 1] - p[-1, -1];
    }
    let tr = sa + sb;
    return sa * sb - k * tr * tr;
}

export fn r_skip(x: f64[h, w], k: f64) -> f64[h, w] {
    let sa = zeros_like(x);
    let sb = fill(0.5, h, w);
    runStencil(sa, sb, x, :oob_skip) |a, b, p| {
        a[0, 0] = p[-1, 0] + 2.0 * p[0, 0] + p[1, 1];
        b[0, 0] = p[0, -1] * p[0, 1] - p[-1, -1];
    }
    let tr = sa + sb;
    return sa * sb - k * tr * tr;
}

export fn r_dst_zero(x: f64[h, w], k: f64) -> f64[h, w] {
    let sa = empty_like(x);
    let sb = empty_like(x);
    runStencil(sa, sb, x, :oob_dst_zero) |a, b, p| {
        a[0, 0] = p[-1, 0] + 2.0 * p[0, 0] + p[1, 1];
        b[0, 0] = p[0, -1] * p[0, 1] - p[-1, -1];
    }
    let tr = sa + sb;
    return sa * sb - k * tr * tr;
}

# s is returned (its store stays), t is read after the maps (it gets a
# buffer), c is another operand read at the element
export fn kept(x: f64[h, w], c: f64[h, w]) -> (f64[h, w], f64[h, w], f64[h, w]) {
    let s = empty_like(x);
    runStencil(s, x, :oob_clamp) |o, p| {
        o[0, 0] = 0.5 * p[0, 1] - 0.25 * p[1, 0] + p[-1, -1];
    }
    let t = s * c + 1.0;
    let u = t * t - s;
    return s, t, u;
}

export fn d1(x: f32[n]) -> f32[n] {
    let s = empty_like(x);
    runStencil(s, x, :oob_src_zero) |o, p| {
        o[0] = p[-2] + p[1] * 0.5;
    }
    return abs(s) + s * s;
}

export fn peaks(x: f64[h, w]) -> f64[h, w] {
    let m = empty(bool, h, w);
    runStencil(m, x, :oob_wraparound) |o, p| {
        o[0, 0] = p[0, 0] > p[0, 1] && p[0, 0] >= p[1, 0];
    }
    return select(m, x, -1.0);
}

export fn into_param(x: f64[h, w], y: f64[h, w]) -> f64[h, w] {
    runStencil(y, x, :oob_mirror) |o, p| {
        o[0, 0] = p[1, 1] - p[-1, 0];
    }
    return y * 3.0;
}

# float sums of the results moved in too: every region of the stencil adds
# to one sum (a residual next to the new grid; a sum of a result nothing
# else reads, so the stencil writes no array at all)
export fn resid(x: f64[h, w]) -> (f64[h, w], f64) {
    let n = empty_like(x);
    runStencil(n, x, :oob_clamp) |o, p| {
        o[0, 0] = 0.25 * (p[-1, 0] + p[1, 0] + p[0, -1] + p[0, 1]);
    }
    let d = n - x;
    return n, sum(d * d);
}

export fn only_sum(x: f32[h, w]) -> f32 {
    let s = empty_like(x);
    runStencil(s, x, :oob_mirror) |o, p| {
        o[0, 0] = p[-1, 1] - p[1, -1];
    }
    return sum(s * s);
}

# the runStencil value names the written buffer: the result stays (v + 2 s = 3 s)
export fn named(x: f64[h, w]) -> f64[h, w] {
    let s = empty_like(x);
    let v = runStencil(s, x, :oob_clamp) |o, p| {
        o[0, 0] = p[-1, 0] + p[1, 0];
    };
    return v + s * 2.0;
}
