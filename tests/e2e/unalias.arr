# Range and mask stores on local copies: a `var` holding a copy is read
# through snapshots of its buffer (a_now = a), which pass unalias makes the
# copy itself, so the statements compile as they do on parameters: fdtd's
# three updates a time step as one pass over the rows (rowfuse), mask
# stores in one loop, no temporaries; where the value reads the target at
# other elements (one back, one ahead), the temporary stays. Rebinding in
# a loop and in a branch: the snapshot's buffer changes, nothing renamed.
# structure: parfor 20, alloc 10
export fn fdtd(ex0: f64[nx, ny], ey0: f64[nx, ny], hz0: f64[nx, ny], steps: i64)
        -> (f64[nx, ny], f64[nx, ny], f64[nx, ny]) {
    var ex = copy(ex0);
    var ey = copy(ey0);
    var hz = copy(hz0);
    for t in 0..steps {
        ey[0, ..] = f64(t);
        ey[1..nx, ..] -= 0.5 * (hz[1..nx, ..] - hz[0..nx - 1, ..]);
        ex[.., 1..ny] -= 0.5 * (hz[.., 1..ny] - hz[.., 0..ny - 1]);
        hz[0..nx - 1, 0..ny - 1] -= 0.7 * (ex[0..nx - 1, 1..ny] - ex[0..nx - 1, 0..ny - 1]
                                         + ey[1..nx, 0..ny - 1] - ey[0..nx - 1, 0..ny - 1]);
    }
    return ex, ey, hz;
}
export fn shift(x: f64[n]) -> f64[n] {
    var u = copy(x);
    u[1..n] -= 0.5 * u[0..n - 1];
    u[0..n - 1] += 0.25 * u[1..n];
    return u;
}
export fn clampmask(a: f64[n]) -> f64[n] {
    var x = copy(a);
    x[x < 0.0] = 0.0;
    x[x > 1.0] *= 0.5;
    return x;
}
export fn rebound(x: f64[n], k: i64) -> f64[n] {
    var u = copy(x);
    for t in 0..k {
        u = u * 0.5 + 1.0;
        u[1..n] += u[0..n - 1];
    }
    return u;
}
export fn branch(x: f64[n], c: bool) -> f64[n] {
    var u = copy(x);
    if c {
        u = x * 2.0;
    }
    u[0..n - 1] -= u[1..n];
    return u;
}
