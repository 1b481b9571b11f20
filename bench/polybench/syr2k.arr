# syr2k: C := alpha (A B^T + B A^T) + beta C on the lower triangle (j <= i);
# the upper triangle is left as it is  (PolyBench 4.2 linear-algebra/blas/syr2k)
export fn kernel_syr2k(alpha: f64, beta: f64, C: f64[n, n], A: f64[n, m],
                       B: f64[n, m]) -> f64[n, n] {
    return [j <= i ? alpha * (dot(A[j, ..], B[i, ..]) + dot(B[j, ..], A[i, ..])) + beta * C[i, j]
                   : C[i, j]
            for i in 0..n, j in 0..n];
}
