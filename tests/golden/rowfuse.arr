# structure: parfor 7, alloc 0
# Pass rowfuse (tests/e2e/rowfuse has the values): fdtd-2d's three updates
# fused over rows, the hz update deferred a row at chunk starts; rows two
# apart; a later loop reading rows ahead of an earlier one's writes is not
# fused.  Without the pass: parfor 8.
export fn fdtd(ex: f64[nx, ny], ey: f64[nx, ny], hz: f64[nx, ny], fict: f64[tmax]) {
    for t in 0..tmax {
        ey[0, ..] = fict[t];
        ey[1..nx, ..] -= 0.5 * (hz[1..nx, ..] - hz[0..nx - 1, ..]);
        ex[.., 1..ny] -= 0.5 * (hz[.., 1..ny] - hz[.., 0..ny - 1]);
        hz[0..nx - 1, 0..ny - 1] -= 0.7 * (ex[0..nx - 1, 1..ny] - ex[0..nx - 1, 0..ny - 1]
                                         + ey[1..nx, 0..ny - 1] - ey[0..nx - 1, 0..ny - 1]);
    }
}

export fn dist2(a: f64[n, m], b: f64[n, m]) {
    a[2..n, ..] += 0.5 * (b[2..n, ..] + b[0..n - 2, ..]);
    b[0..n - 2, ..] -= 0.25 * (a[0..n - 2, ..] - a[2..n, ..]);
}

export fn backward(a: f64[n, m], b: f64[n, m]) {
    a[0..n - 2, ..] += 0.5 * b[2..n, ..];
    b[0..n - 2, ..] -= 0.25 * a[2..n, ..];
}
