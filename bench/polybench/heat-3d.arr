# heat-3d: 3-D heat equation, tsteps steps of B := step(A); A := step(B);
# the faces of the cube stay as they are  (PolyBench 4.2 stencils/heat-3d)
export fn kernel_heat_3d(tsteps: i64, A: f64[n, n, n], B: f64[n, n, n]) {
    runStencil(B, A, 2 * tsteps, :oob_skip) |b, a| {
        b[0, 0, 0] = 0.125 * (a[1, 0, 0] - 2.0 * a[0, 0, 0] + a[-1, 0, 0])
                   + 0.125 * (a[0, 1, 0] - 2.0 * a[0, 0, 0] + a[0, -1, 0])
                   + 0.125 * (a[0, 0, 1] - 2.0 * a[0, 0, 0] + a[0, 0, -1])
                   + a[0, 0, 0];
        return a, b;
    }
}
