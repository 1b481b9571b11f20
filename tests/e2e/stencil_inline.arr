# A map read only by a stencil is computed at the stencil's reads (pass
# stencil-inline, passes/stencil_inline.c): sq = x * x + 0.5 * y feeds a
# kernel with offsets -1..1 and 2 in both dimensions, in every boundary
# mode. Inlined in skip, wraparound, dst_zero, clamp and mirror (the map of
# the mapped index is the map's element there); not in src_zero (reads of 0
# outside, and sq of zeros is not 0 here), nor where sq has another use
# (both_uses) or is read at a rebound name. Compared with a NumPy model of
# each mode on 5 x 6, 1 x 1 and 4 x 3 arrays.
# tol: 1e-12

export fn m_skip(x: f64[h, w], y: f64[h, w]) -> f64[h, w] {
    let sq = x * x + 0.5 * y;
    let out = zeros_like(x);
    runStencil(out, sq, :oob_skip) |o, p| {
        o[0, 0] = p[-1, 0] + 2.0 * p[1, 1] + 3.0 * p[0, -1] + 0.25 * p[2, 0] - p[0, 2];
    }
    return out;
}

export fn m_wraparound(x: f64[h, w], y: f64[h, w]) -> f64[h, w] {
    let sq = x * x + 0.5 * y;
    let out = zeros_like(x);
    runStencil(out, sq, :oob_wraparound) |o, p| {
        o[0, 0] = p[-1, 0] + 2.0 * p[1, 1] + 3.0 * p[0, -1] + 0.25 * p[2, 0] - p[0, 2];
    }
    return out;
}

export fn m_dst_zero(x: f64[h, w], y: f64[h, w]) -> f64[h, w] {
    let sq = x * x + 0.5 * y;
    let out = zeros_like(x);
    runStencil(out, sq, :oob_dst_zero) |o, p| {
        o[0, 0] = p[-1, 0] + 2.0 * p[1, 1] + 3.0 * p[0, -1] + 0.25 * p[2, 0] - p[0, 2];
    }
    return out;
}

export fn m_src_zero(x: f64[h, w], y: f64[h, w]) -> f64[h, w] {
    let sq = x * x + 0.5 * y;
    let out = zeros_like(x);
    runStencil(out, sq, :oob_src_zero) |o, p| {
        o[0, 0] = p[-1, 0] + 2.0 * p[1, 1] + 3.0 * p[0, -1] + 0.25 * p[2, 0] - p[0, 2];
    }
    return out;
}

export fn m_clamp(x: f64[h, w], y: f64[h, w]) -> f64[h, w] {
    let sq = x * x + 0.5 * y;
    let out = zeros_like(x);
    runStencil(out, sq, :oob_clamp) |o, p| {
        o[0, 0] = p[-1, 0] + 2.0 * p[1, 1] + 3.0 * p[0, -1] + 0.25 * p[2, 0] - p[0, 2];
    }
    return out;
}

export fn m_mirror(x: f64[h, w], y: f64[h, w]) -> f64[h, w] {
    let sq = x * x + 0.5 * y;
    let out = zeros_like(x);
    runStencil(out, sq, :oob_mirror) |o, p| {
        o[0, 0] = p[-1, 0] + 2.0 * p[1, 1] + 3.0 * p[0, -1] + 0.25 * p[2, 0] - p[0, 2];
    }
    return out;
}

export fn both_uses(x: f64[h, w], y: f64[h, w]) -> (f64[h, w], f64[h, w]) {
    let sq = x * x + 0.5 * y;
    let out = zeros_like(x);
    runStencil(out, sq, :oob_mirror) |o, p| {
        o[0, 0] = p[-1, 0] + 2.0 * p[1, 1];
    }
    return out, sq;
}

# a map over a slice of the array the stencil writes is not inlined (found
# by make fuzz, seed 3019936200: the stencil read a view, a NULL buffer)
export fn over_view(x: f64[h, w]) -> f64[h, w] {
    let b3 = x * 1.0;
    let b5 = copy(b3[0..h, ..]);
    runStencil(b3, b5, :oob_mirror) |q6, q7| {
        q6[0, 0] = q7[2, 0];
    }
    return b3;
}
