# structure: parfor 22, alloc 2
# Temporal blocking (pass tblock): an iterated, memory-bound stencil runs 9
# rounds per tile (0.2 operations per byte moved), the rest untiled; the
# report says why the others are left alone: a compute-bound kernel, a
# kernel that reads the buffer it writes, too few rounds.  On one thread
# the 2-D heat sweeps its rows 9 rounds at a time, in place, and the 3-D
# grid its planes on any number of threads, a part of them a thread, then
# the seams between the parts (without the sweeps: parfor 19; with 3-D
# sweeps on one thread only: 21).
export fn heat(u: f64[n, m], iterations: i64) -> f64[n, m] {
    let v = copy(u);
    return runStencil(v, u, iterations) |b, a| {
        b[0, 0] = 0.5 * a[0, 0] + 0.125 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1]);
        return a, b;
    };
}

export fn busy(u: f64[n, m], iterations: i64) -> f64[n, m] {
    let v = copy(u);
    return runStencil(v, u, iterations, :oob_clamp) |b, a| {
        b[0, 0] = exp(a[0, 0]) * sin(a[-1, 0]) + cos(a[1, 0]) * log(1.0 + a[0, 1] * a[0, 1]);
        return a, b;
    };
}

export fn selfread(u: f64[n, m], iterations: i64) -> f64[n, m] {
    let v = copy(u);
    return runStencil(v, u, iterations) |b, a| {
        b[0, 0] = 0.5 * b[0, 0] + 0.125 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1]);
        return a, b;
    };
}

export fn twice(u: f64[n, m]) -> f64[n, m] {
    let v = copy(u);
    return runStencil(v, u, 2) |b, a| {
        b[0, 0] = 0.25 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1]);
        return a, b;
    };
}

export fn cube(u: f64[n, m, p], iterations: i64) -> f64[n, m, p] {
    let v = copy(u);
    return runStencil(v, u, iterations) |b, a| {
        b[0, 0, 0] = 0.5 * a[0, 0, 0] + 0.1 * (a[-1, 0, 0] + a[1, 0, 0] + a[0, -1, 0] + a[0, 1, 0] + a[0, 0, 1]);
        return a, b;
    };
}
