export fn lj_forces(n: size, x: f64[n], y: f64[n], rc: f64) -> (out0: f64[n], out1: f64[n], out2: f64) {
    rc2: f64 = (rc * rc)
    parfor (i in 0..n) reduce(sum: t4) {    # line 20:5; fused: comprehension@line 7 sum@line 20 result@line 20 result@line 20
        ax: f64 = 0.0
        ay: f64 = 0.0
        e: f64 = 0.0
        for (j in 0..n) {
            dx: f64 = (x[i] - x[j])
            dy: f64 = (y[i] - y[j])
            r2: f64 = ((dx * dx) + (dy * dy))
            if ((j != i) && (r2 < rc2)) {
                s6: f64 = (1.0 / ((r2 * r2) * r2))
                f: f64 = ((24.0 * (((2.0 * s6) * s6) - s6)) / r2)
                ax: f64 = (ax + (f * dx))
                ay: f64 = (ay + (f * dy))
                e: f64 = (e + (2.0 * ((s6 * s6) - s6)))
            }
        }
        pe_e: f64 = e
        fx_e: f64 = ax
        out0[i] = fx_e
        fy_e: f64 = ay
        out1[i] = fy_e
        t4 <sum= pe_e
    }
    out2: f64 = t4
    return out0, out1, out2
}
