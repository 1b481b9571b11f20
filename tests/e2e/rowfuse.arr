# Pass rowfuse: consecutive 2-D loops that read each other's rows at fixed
# distances run as one pass over chunks of rows, each row of each loop in
# turn; a loop that reads rows another chunk writes runs the first rows of
# each chunk after all chunks.  fdtd: PolyBench's fdtd-2d time step (the
# ey, ex and hz updates fused, the hz update a row behind, the checks
# between them moved before); dist2: rows two apart (two rows deferred);
# backward: a later loop reading rows ahead of an earlier one's writes
# (distance -2: not fused).  Grids of 1 to 70 rows (one chunk, or two at 2
# and 3 threads, ragged), against NumPy.
# tol: 1e-12

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
