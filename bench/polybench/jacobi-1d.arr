# jacobi-1d: tsteps steps of B := 3-point average of A; A := that of B; the
# end points stay as they are  (PolyBench 4.2 stencils/jacobi-1d)
export fn kernel_jacobi_1d(tsteps: i64, A: f64[n], B: f64[n]) {
    runStencil(B, A, 2 * tsteps, :oob_skip) |b, a| {
        b[0] = 0.33333 * (a[-1] + a[0] + a[1]);
        return a, b;
    }
}
