# mvt: x1 := x1 + A y1, x2 := x2 + A^T y2  (PolyBench 4.2 linear-algebra/kernels/mvt)
export fn kernel_mvt(A: f64[n, n], x1: f64[n], x2: f64[n], y1: f64[n],
                     y2: f64[n]) -> (f64[n], f64[n]) {
    let x1_new = [x1[i] + dot(A[i, ..], y1) for i in 0..n];
    let x2_new = [x2[i] + dot(A[.., i], y2) for i in 0..n];
    return x1_new, x2_new;
}
