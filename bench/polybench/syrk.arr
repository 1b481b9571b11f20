# syrk: C := alpha A A^T + beta C on the lower triangle (j <= i); the upper
# triangle is left as it is  (PolyBench 4.2 linear-algebra/blas/syrk)
export fn kernel_syrk(alpha: f64, beta: f64, C: f64[n, n], A: f64[n, m]) -> f64[n, n] {
    return [j <= i ? alpha * dot(A[i, ..], A[j, ..]) + beta * C[i, j] : C[i, j]
            for i in 0..n, j in 0..n];
}
