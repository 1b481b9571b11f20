# runStencil (section 7) boundary modes in 1-D, one round, the output buffer
# a copy of the input.  The 3-point kernel a[-1] + 2 a[0] + 3 a[1] has
# asymmetric weights, so wraparound, clamp and mirror all read different
# values at the two ends:
#   oob_skip (also the default): elements 0 and n-1 are not written (they
#     keep the copy's values); oob_dst_zero: they are set to 0;
#   oob_src_zero: a[-1] and a[n] read 0; oob_wraparound: a[-1] is a[n-1],
#     a[n] is a[0]; oob_clamp: a[-1] is a[0], a[n] is a[n-1];
#   oob_mirror: a[-1] is a[1], a[n] is a[n-2].
# A forward kernel reading only a[1] and a[2] (smallest offset 1, largest 2)
# skips only the last two elements; a backward one reading a[-2] and a[-1]
# only the first two.  Statement and expression forms, an explicit
# iteration count of 1, three rounds without rotation (the same as one),
# an i64 stencil, an anonymous-extent result, a scalar of the enclosing
# scope read in the kernel.
# tol: 1e-12

export fn k_skip(x: f64[n]) -> f64[n] {
    let out = copy(x);
    runStencil(out, x, :oob_skip) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    }
    return out;
}

# no mode: oob_skip; an explicit iteration count of 1; a trailing ';'
export fn k_default(x: f64[n]) -> f64[n] {
    let out = copy(x);
    runStencil(out, x, 1) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    };
    return out;
}

export fn k_dst_zero(x: f64[n]) -> f64[n] {
    let out = copy(x);
    runStencil(out, x, :oob_dst_zero) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    }
    return out;
}

export fn k_src_zero(x: f64[n]) -> f64[n] {
    let out = copy(x);
    return runStencil(out, x, :oob_src_zero) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    };
}

export fn k_wrap(x: f64[n]) -> f64[n] {
    let out = copy(x);
    runStencil(out, x, 1, :oob_wraparound) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    }
    return out;
}

export fn k_clamp(x: f64[n]) -> f64[n] {
    let out = copy(x);
    runStencil(out, x, :oob_clamp) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    }
    return out;
}

export fn k_mirror(x: f64[n]) -> f64[n] {
    let out = copy(x);
    return runStencil(out, x, :oob_mirror) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    };
}

# the same as k_mirror, returned through an anonymous extent
export fn k_mirror_anon(x: f64[n]) -> f64[] {
    let out = zeros_like(x);
    return runStencil(out, x, :oob_mirror) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    };
}

# three rounds without rotation recompute the same values
export fn k_wrap_rounds(x: f64[n]) -> f64[n] {
    let out = fill(-5.0, n);
    return runStencil(out, x, 3, :oob_wraparound) |b, a| {
        b[0] = a[-1] + 2.0 * a[0] + 3.0 * a[1];
    };
}

export fn k_wrap_i64(x: i64[n]) -> i64[n] {
    let out = copy(x);
    runStencil(out, x, :oob_wraparound) |b, a| {
        b[0] = a[-1] + 2 * a[0] + 3 * a[1];
    }
    return out;
}

export fn k_clamp_i64(x: i64[n]) -> i64[n] {
    let out = copy(x);
    return runStencil(out, x, :oob_clamp) |b, a| {
        b[0] = a[-1] + 2 * a[0] + 3 * a[1];
    };
}

# smallest offset 1, largest 2: elements n-2 and n-1 are not written
export fn fwd_skip(x: f64[n], s: f64) -> f64[n] {
    let out = copy(x);
    runStencil(out, x) |b, a| {
        b[0] = a[1] - s * a[2];
    }
    return out;
}

export fn fwd_dst_zero(x: f64[n], s: f64) -> f64[n] {
    let out = copy(x);
    runStencil(out, x, :oob_dst_zero) |b, a| {
        b[0] = a[1] - s * a[2];
    }
    return out;
}

# smallest offset -2, largest -1: elements 0 and 1 are not written
export fn bwd_skip(x: f64[n], s: f64) -> f64[n] {
    let out = fill(100.0, n);
    runStencil(out, x, :oob_skip) |b, a| {
        b[0] = s * a[-2] + a[-1];
    }
    return out;
}

export fn bwd_dst_zero(x: f64[n], s: f64) -> f64[n] {
    let out = fill(100.0, n);
    runStencil(out, x, :oob_dst_zero) |b, a| {
        b[0] = s * a[-2] + a[-1];
    }
    return out;
}
