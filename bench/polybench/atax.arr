# atax: y := A^T (A x)  (PolyBench 4.2 linear-algebra/kernels/atax)
export fn kernel_atax(A: f64[m, n], x: f64[n]) -> f64[n] {
    let tmp = [dot(A[i, ..], x) for i in 0..m];
    return [dot(A[.., j], tmp) for j in 0..n];
}
