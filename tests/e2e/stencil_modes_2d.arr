# runStencil (section 7) boundary modes in 2-D on a 6 x 7 array, one round,
# the output buffer a copy of the input.  Each mode runs two kernels:
#   a 5-point kernel with asymmetric weights (offsets -1..1 in both
#   dimensions: oob_skip leaves the outer ring, oob_dst_zero zeroes it);
#   a "far" kernel a[-2, 1], a[1, -2], a[2, 0] and s * a[0, 0], whose
#   smallest/largest offsets are -2/2 in dimension 0 and -2/1 in dimension 1,
#   so oob_skip leaves rows 0, 1, h-2, h-1 and columns 0, 1, w-1, and mirror
#   reflects index -2 to 2 and h+1 to h-3.
# Out-of-bounds indices are mapped per dimension (wraparound, clamp, mirror);
# oob_src_zero reads 0 when any index is outside.  A kernel with offsets in
# dimension 1 only skips columns, never rows; one with offsets in dimension
# 0 only skips rows.  Also the default mode through an anonymous-extent
# result.
# tol: 1e-12

export fn m_skip(x: f64[h, w], s: f64) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_skip) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 2.0 * a[-1, 0] + 3.0 * a[1, 0] + 5.0 * a[0, -1] + 7.0 * a[0, 1];
    }
    runStencil(q, x, :oob_skip) |b, a| {
        b[0, 0] = a[-2, 1] + 2.0 * a[1, -2] + 3.0 * a[2, 0] + s * a[0, 0];
    }
    return p, q;
}

export fn m_dst_zero(x: f64[h, w], s: f64) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_dst_zero) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 2.0 * a[-1, 0] + 3.0 * a[1, 0] + 5.0 * a[0, -1] + 7.0 * a[0, 1];
    }
    runStencil(q, x, :oob_dst_zero) |b, a| {
        b[0, 0] = a[-2, 1] + 2.0 * a[1, -2] + 3.0 * a[2, 0] + s * a[0, 0];
    }
    return p, q;
}

export fn m_src_zero(x: f64[h, w], s: f64) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_src_zero) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 2.0 * a[-1, 0] + 3.0 * a[1, 0] + 5.0 * a[0, -1] + 7.0 * a[0, 1];
    }
    runStencil(q, x, 1, :oob_src_zero) |b, a| {
        b[0, 0] = a[-2, 1] + 2.0 * a[1, -2] + 3.0 * a[2, 0] + s * a[0, 0];
    }
    return p, q;
}

export fn m_wrap(x: f64[h, w], s: f64) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_wraparound) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 2.0 * a[-1, 0] + 3.0 * a[1, 0] + 5.0 * a[0, -1] + 7.0 * a[0, 1];
    }
    runStencil(q, x, :oob_wraparound) |b, a| {
        b[0, 0] = a[-2, 1] + 2.0 * a[1, -2] + 3.0 * a[2, 0] + s * a[0, 0];
    }
    return p, q;
}

export fn m_clamp(x: f64[h, w], s: f64) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_clamp) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 2.0 * a[-1, 0] + 3.0 * a[1, 0] + 5.0 * a[0, -1] + 7.0 * a[0, 1];
    }
    runStencil(q, x, :oob_clamp) |b, a| {
        b[0, 0] = a[-2, 1] + 2.0 * a[1, -2] + 3.0 * a[2, 0] + s * a[0, 0];
    }
    return p, q;
}

export fn m_mirror(x: f64[h, w], s: f64) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    let r = runStencil(p, x, :oob_mirror) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 2.0 * a[-1, 0] + 3.0 * a[1, 0] + 5.0 * a[0, -1] + 7.0 * a[0, 1];
    };
    let r2 = runStencil(q, x, :oob_mirror) |b, a| {
        b[0, 0] = a[-2, 1] + 2.0 * a[1, -2] + 3.0 * a[2, 0] + s * a[0, 0];
    };
    return r, r2;
}

# no mode: oob_skip
export fn m_default_anon(x: f64[h, w]) -> f64[,] {
    let p = fill(-1.0, h, w);
    return runStencil(p, x) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 2.0 * a[-1, 0] + 3.0 * a[1, 0] + 5.0 * a[0, -1] + 7.0 * a[0, 1];
    };
}

# offsets in dimension 1 only: rows are never skipped, columns 0 and w-1 are
export fn row_pair(x: f64[h, w]) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x) |b, a| {
        b[0, 0] = a[0, -1] + 2.0 * a[0, 1];
    }
    runStencil(q, x, :oob_dst_zero) |b, a| {
        b[0, 0] = a[0, -1] + 2.0 * a[0, 1];
    }
    return p, q;
}

# offsets in dimension 0 only (0 and 2): rows h-2 and h-1 are skipped
export fn col_pair(x: f64[h, w]) -> (f64[h, w], f64[h, w]) {
    let p = copy(x);
    let q = copy(x);
    runStencil(p, x, :oob_skip) |b, a| {
        b[0, 0] = a[0, 0] - 3.0 * a[2, 0];
    }
    runStencil(q, x, :oob_dst_zero) |b, a| {
        b[0, 0] = a[0, 0] - 3.0 * a[2, 0];
    }
    return p, q;
}
