# runStencil (section 7) on an exported function's own parameters: the
# buffers are updated in place, so the caller's arrays change (the driver
# prints them after each call); such parameters are written (not const).
# Statement forms with and without ';' in functions without results, a
# single buffer read and written at offset 0, rotation over the caller's
# arrays (the final contents of both depend on the parity of the count),
# 0 rounds (nothing changes), and the expression form whose value is one of
# the caller's arrays.
# tol: 1e-12

export fn smooth_inplace(u: f64[n], v: f64[n], k: i64) {
    runStencil(v, u, k, :oob_clamp) |b, a| {
        b[0] = 0.25 * a[-1] + 0.5 * a[0] + 0.25 * a[1];
        return a, b;
    }
}

export fn scale_inplace(a: f64[h, w], s: f64, k: i64) {
    runStencil(a, k) |p| {
        p[0, 0] = p[0, 0] * s + 1.0;
    }
}

# u is only read; v is written
export fn step_sum(u: f64[n], v: f64[n]) -> f64 {
    runStencil(v, u, :oob_mirror) |b, a| {
        b[0] = a[-1] - a[1];
    };
    return sum(v);
}

export fn inplace_expr(u: f64[n], v: f64[n], k: i64) -> f64[n] {
    return runStencil(v, u, k, :oob_wraparound) |b, a| {
        b[0] = 0.5 * a[-1] + 0.25 * a[0] + 0.25 * a[1];
        return a, b;
    };
}

# oob_skip: the borders of both caller arrays keep their own values
export fn skip_inplace(u: f64[h, w], v: f64[h, w], k: i64) {
    runStencil(v, u, k) |b, a| {
        b[0, 0] = a[-1, 0] + 0.5 * a[0, 1] - 0.25 * a[1, -1];
        return a, b;
    };
}
