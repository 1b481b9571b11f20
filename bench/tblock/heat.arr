# A memory-bound 2-D heat update: 5 points, 6 operations, 16 bytes moved per
# point and round untiled (issue 14's temporal-blocking target).
export fn heat(u: f64[n, m], iterations: i64) -> f64[n, m] {
    let v = copy(u);
    return runStencil(v, u, iterations) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.125 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1]);
        return a, b;
    };
}
