# gesummv: y := alpha A x + beta B x  (PolyBench 4.2 linear-algebra/blas/gesummv)
export fn kernel_gesummv(alpha: f64, beta: f64, A: f64[n, n], B: f64[n, n],
                         x: f64[n]) -> f64[n] {
    return [alpha * dot(A[i, ..], x) + beta * dot(B[i, ..], x) for i in 0..n];
}
