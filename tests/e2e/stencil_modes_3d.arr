# runStencil (section 7) boundary modes in 3-D on a 4 x 5 x 6 array, one
# round, the output buffer a copy of the input.  Each mode runs a 7-point
# kernel with asymmetric weights (offsets -1..1 in every dimension) and a
# diagonal kernel a[1, -1, 2] + 2 a[-1, 1, 0] + s a[0, 0, 0] (offsets -1..1,
# -1..1 and 0..2: oob_skip leaves planes 0 and 3, rows 0 and 4, columns 4
# and 5).  Out-of-bounds indices are mapped per dimension; oob_src_zero reads
# 0 when any index is outside.  Also the default mode and an iteration count.
# tol: 1e-12

export fn m_skip(x: f64[d, h, w], s: f64) -> (f64[d, h, w], f64[d, h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_skip) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 2.0 * a[-1, 0, 0] + 3.0 * a[1, 0, 0] + 5.0 * a[0, -1, 0] + 7.0 * a[0, 1, 0] + 11.0 * a[0, 0, -1] + 13.0 * a[0, 0, 1];
    }
    runStencil(q, x, :oob_skip) |b, a| {
        b[0, 0, 0] = a[1, -1, 2] + 2.0 * a[-1, 1, 0] + s * a[0, 0, 0];
    }
    return p, q;
}

export fn m_dst_zero(x: f64[d, h, w], s: f64) -> (f64[d, h, w], f64[d, h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_dst_zero) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 2.0 * a[-1, 0, 0] + 3.0 * a[1, 0, 0] + 5.0 * a[0, -1, 0] + 7.0 * a[0, 1, 0] + 11.0 * a[0, 0, -1] + 13.0 * a[0, 0, 1];
    }
    runStencil(q, x, :oob_dst_zero) |b, a| {
        b[0, 0, 0] = a[1, -1, 2] + 2.0 * a[-1, 1, 0] + s * a[0, 0, 0];
    }
    return p, q;
}

export fn m_src_zero(x: f64[d, h, w], s: f64) -> (f64[d, h, w], f64[d, h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_src_zero) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 2.0 * a[-1, 0, 0] + 3.0 * a[1, 0, 0] + 5.0 * a[0, -1, 0] + 7.0 * a[0, 1, 0] + 11.0 * a[0, 0, -1] + 13.0 * a[0, 0, 1];
    }
    runStencil(q, x, :oob_src_zero) |b, a| {
        b[0, 0, 0] = a[1, -1, 2] + 2.0 * a[-1, 1, 0] + s * a[0, 0, 0];
    }
    return p, q;
}

export fn m_wrap(x: f64[d, h, w], s: f64) -> (f64[d, h, w], f64[d, h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_wraparound) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 2.0 * a[-1, 0, 0] + 3.0 * a[1, 0, 0] + 5.0 * a[0, -1, 0] + 7.0 * a[0, 1, 0] + 11.0 * a[0, 0, -1] + 13.0 * a[0, 0, 1];
    }
    runStencil(q, x, :oob_wraparound) |b, a| {
        b[0, 0, 0] = a[1, -1, 2] + 2.0 * a[-1, 1, 0] + s * a[0, 0, 0];
    }
    return p, q;
}

export fn m_clamp(x: f64[d, h, w], s: f64) -> (f64[d, h, w], f64[d, h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_clamp) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 2.0 * a[-1, 0, 0] + 3.0 * a[1, 0, 0] + 5.0 * a[0, -1, 0] + 7.0 * a[0, 1, 0] + 11.0 * a[0, 0, -1] + 13.0 * a[0, 0, 1];
    }
    runStencil(q, x, :oob_clamp) |b, a| {
        b[0, 0, 0] = a[1, -1, 2] + 2.0 * a[-1, 1, 0] + s * a[0, 0, 0];
    }
    return p, q;
}

export fn m_mirror(x: f64[d, h, w], s: f64) -> (f64[d, h, w], f64[d, h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_mirror) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 2.0 * a[-1, 0, 0] + 3.0 * a[1, 0, 0] + 5.0 * a[0, -1, 0] + 7.0 * a[0, 1, 0] + 11.0 * a[0, 0, -1] + 13.0 * a[0, 0, 1];
    }
    runStencil(q, x, :oob_mirror) |b, a| {
        b[0, 0, 0] = a[1, -1, 2] + 2.0 * a[-1, 1, 0] + s * a[0, 0, 0];
    }
    return p, q;
}

# no mode (oob_skip), an iteration count, the expression form
export fn m_default(x: f64[d, h, w]) -> f64[d, h, w] {
    let p = zeros_like(x);
    return runStencil(p, x, 2) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 2.0 * a[-1, 0, 0] + 3.0 * a[1, 0, 0] + 5.0 * a[0, -1, 0] + 7.0 * a[0, 1, 0] + 11.0 * a[0, 0, -1] + 13.0 * a[0, 0, 1];
    };
}
