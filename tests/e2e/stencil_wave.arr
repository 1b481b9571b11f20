# runStencil (section 7) rotating three buffers: a wave equation with
# oob_dst_zero (the two end elements of the buffer written in a round are
# set to 0).  `return up, un, uc` rebinds (un, uc, up) to the buffers of
# (up, un, uc): round 1 writes u_next, round 2 u_prev, round 3 u, round 4
# u_next again.  c2 is a scalar of the enclosing scope.  The value is the
# buffer bound to un in the last round (0 rounds: u_next, zeros).  The
# local buffers are returned too: the caller's variables are not rebound,
# the buffers' contents show the rotation.  Also the statement form without
# a trailing ';', a 2-D wave on the caller's arrays (updated in place), a
# negative iteration count (run-time error) and buffers of different shapes
# given as parameters with different size variables (run-time error).
# tol: 1e-12

export fn wave(u0: f64[n], u1: f64[n], c: f64, steps: i64) -> (f64[n], f64[n], f64[n], f64[n]) {
    let c2 = c * c;
    let u_prev = copy(u0);
    let u = copy(u1);
    let u_next = zeros_like(u0);
    let r = runStencil(u_next, u, u_prev, steps, :oob_dst_zero) |un, uc, up| {
        un[0] = 2.0 * uc[0] - up[0] + c2 * (uc[-1] - 2.0 * uc[0] + uc[1]);
        return up, un, uc;
    };
    return r, u_next, u, u_prev;
}

export fn wave_stmt(u0: f64[n], u1: f64[n], c2: f64, steps: i64) -> (f64[n], f64[n], f64[n]) {
    let p = copy(u0);
    let q = copy(u1);
    let z = fill(7.0, n);
    runStencil(z, q, p, steps, :oob_dst_zero) |un, uc, up| {
        un[0] = 2.0 * uc[0] - up[0] + c2 * (uc[-1] - 2.0 * uc[0] + uc[1]);
        return up, un, uc;
    }
    return z, q, p;
}

export fn wave2d(a: f64[h, w], b: f64[h, w], c: f64[h, w], c2: f64, steps: i64) -> f64[h, w] {
    return runStencil(a, b, c, steps, :oob_dst_zero) |un, uc, up| {
        un[0, 0] = 2.0 * uc[0, 0] - up[0, 0]
                 + c2 * (uc[-1, 0] + uc[1, 0] + uc[0, -1] + uc[0, 1] - 4.0 * uc[0, 0]);
        return up, un, uc;
    };
}

export fn mismatch(a: f64[n], b: f64[m], steps: i64) -> f64[n] {
    let o = copy(a);
    return runStencil(o, b, steps) |p, q| {
        p[0] = q[-1] + 0.5 * q[1];
        return q, p;
    };
}

export fn mismatch2(a: f64[h, w], b: f64[p, q]) -> f64 {
    runStencil(a, b, :oob_clamp) |x, y| {
        x[0, 0] = y[0, 1] - y[1, 0];
    }
    return sum(a);
}
