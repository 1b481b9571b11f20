# gemm: C := alpha * A B + beta * C  (PolyBench 4.2 linear-algebra/blas/gemm)
export fn kernel_gemm(alpha: f64, beta: f64, C: f64[ni, nj], A: f64[ni, nk],
                      B: f64[nk, nj]) -> f64[ni, nj] {
    return [alpha * dot(A[i, ..], B[.., j]) + beta * C[i, j] for i in 0..ni, j in 0..nj];
}
