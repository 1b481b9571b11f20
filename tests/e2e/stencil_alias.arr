# runStencil given one array for two buffers while the kernel writes one and
# reads the other's neighbours: the result would depend on the order of the
# elements (and race between threads), so it is a run-time error, before
# any round; with copies, or reading only at offset 0, it runs.
# tol: 1e-12

export fn twice(x: f64[n, m], r: i64) -> f64[n, m] {
    var a = copy(x);
    var b = a;
    runStencil(b, a, r, :oob_clamp) |o, i| { o[0, 0] = 0.5 * (i[-1, 0] + i[1, 0]); return i, o; }
    return a;
}

export fn copies(x: f64[n, m], r: i64) -> f64[n, m] {
    var a = copy(x);
    var b = copy(a);
    runStencil(b, a, r, :oob_clamp) |o, i| { o[0, 0] = 0.5 * (i[-1, 0] + i[1, 0]); return i, o; }
    return a;
}

export fn elementwise(x: f64[n], r: i64) -> f64[n] {
    var a = copy(x);
    let b = a;
    runStencil(b, a, r) |o, i| { o[0] = i[0] * 2.0; }
    return a;
}
