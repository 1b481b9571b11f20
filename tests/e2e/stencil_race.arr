# runStencil rounds whose single round is under the overhead guard while all
# rounds together are not: one thread must run each small round and the
# others wait before the rotation (issue 11, bug 3: a data race).
export fn jac1(tsteps: i64, A: f64[n], B: f64[n]) {
    runStencil(B, A, 2 * tsteps, :oob_skip) |b, a| {
        b[0] = 0.33333 * (a[-1] + a[0] + a[1]);
        return a, b;
    }
}

export fn clamp1(x: f64[n], y: f64[n]) {
    runStencil(y, x, 1, :oob_clamp) |b, a| {
        b[0] = 0.25 * a[-1] + 0.5 * a[0] + 0.25 * a[1];
    }
}

# an odd number of rounds over arrays large enough for threads
export fn jac_odd(tsteps: i64, A: f64[n], B: f64[n]) {
    runStencil(B, A, 2 * tsteps + 1, :oob_skip) |b, a| {
        b[0] = 0.33333 * (a[-1] + a[0] + a[1]);
        return a, b;
    }
}
# its value: the buffer the first kernel parameter was bound to in the last
# round (which of the two depends on the rotation's final state)
export fn jac_value(k: i64, x: f64[n]) -> f64[n] {
    let p = x * 2.0;
    let q = x * 0.0;
    return runStencil(q, p, k, :oob_skip) |b, a| {
        b[0] = 0.33333 * (a[-1] + a[0] + a[1]);
        return a, b;
    };
}
