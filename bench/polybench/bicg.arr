# bicg: s := A^T r, q := A p  (PolyBench 4.2 linear-algebra/kernels/bicg)
export fn kernel_bicg(A: f64[n, m], r: f64[n], p: f64[m]) -> (f64[m], f64[n]) {
    let s = [dot(r, A[.., j]) for j in 0..m];
    let q = [dot(A[i, ..], p) for i in 0..n];
    return s, q;
}
