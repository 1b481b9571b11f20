# fdtd-2d: 2-D finite-difference time domain (Yee scheme), tmax steps; ex, ey
# and hz are updated in place  (PolyBench 4.2 stencils/fdtd-2d)
export fn kernel_fdtd_2d(ex: f64[nx, ny], ey: f64[nx, ny], hz: f64[nx, ny],
                         fict: f64[tmax]) {
    for t in 0..tmax {
        ey[0, ..] = fict[t];
        ey[1..nx, ..] -= 0.5 * (hz[1..nx, ..] - hz[0..nx - 1, ..]);
        ex[.., 1..ny] -= 0.5 * (hz[.., 1..ny] - hz[.., 0..ny - 1]);
        hz[0..nx - 1, 0..ny - 1] -= 0.7 * (ex[0..nx - 1, 1..ny] - ex[0..nx - 1, 0..ny - 1]
                                         + ey[1..nx, 0..ny - 1] - ey[0..nx - 1, 0..ny - 1]);
    }
}
