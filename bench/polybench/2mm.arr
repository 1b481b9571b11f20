# 2mm: D := alpha * A B C + beta * D  (PolyBench 4.2 linear-algebra/kernels/2mm)
export fn kernel_2mm(alpha: f64, beta: f64, A: f64[ni, nk], B: f64[nk, nj],
                     C: f64[nj, nl], D: f64[ni, nl]) -> f64[ni, nl] {
    let tmp = [alpha * dot(A[i, ..], B[.., j]) for i in 0..ni, j in 0..nj];
    return [dot(tmp[i, ..], C[.., j]) + beta * D[i, j] for i in 0..ni, j in 0..nl];
}
