# structure: parfor 1, alloc 0
# structure-O0: parfor 4, alloc 3
# The spec's lj_forces sample: the tuple comprehension and the energy sum
# fuse into one parallel loop that writes fx and fy directly.
export fn lj_forces(x: f64[n], y: f64[n], rc: f64) -> (f64[n], f64[n], f64) {
    let rc2 = rc * rc;
    let (fx, fy, pe) = [{
        var ax = 0.0; var ay = 0.0; var e = 0.0;
        for j in 0..n {
            let dx = x[i] - x[j];  let dy = y[i] - y[j];
            let r2 = dx * dx + dy * dy;
            if j != i && r2 < rc2 {
                let s6 = 1.0 / (r2 * r2 * r2);
                let f = 24.0 * (2.0 * s6 * s6 - s6) / r2;
                ax += f * dx;  ay += f * dy;  e += 2.0 * (s6 * s6 - s6);
            }
        }
        (ax, ay, e)
    } for i in 0..n];
    return fx, fy, sum(pe);
}
