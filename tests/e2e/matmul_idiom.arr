# tol: 0
# structure: parfor 4, alloc 4
# A matrix product written as a comprehension of dot products or sums
# becomes the tiled kernel (the pass matmul-idiom), in either orientation
# of each operand; a nest that does more with each sum (an epilogue:
# + 1.0, PolyBench's gemm alpha * sum + beta * c[i, j], covariance's
# / (n - 1), a sum computed only off the diagonal) computes the product
# into a temporary with the kernel and keeps a loop for the epilogue (one
# parfor and one allocation each: the four epilogues below; without the
# rewrite the file is parfor 4, alloc 0, every product a strided loop nest). Small integer values, so
# every order of summation is exact (-O0 and the loop nest reassociate;
# test matmul_tiled checks the kernel's order on inexact values).
export fn gemm(a: f64[m, k], b: f64[k, n]) -> f64[m, n] { return [dot(a[i, ..], b[.., j]) for i in 0..m, j in 0..n]; }
export fn gemm32(a: f32[m, k], b: f32[k, n]) -> f32[m, n] {
    return [sum([a[i, p] * b[p, j] for p in 0..k]) for i in 0..m, j in 0..n];
}
export fn gemm_t(a: f64[k, m], b: f64[n, k]) -> f64[m, n] { return [dot(a[.., i], b[j, ..]) for i in 0..m, j in 0..n]; }
export fn plus1(a: f64[m, k], b: f64[k, n]) -> f64[m, n] { return [dot(a[i, ..], b[.., j]) + 1.0 for i in 0..m, j in 0..n]; }
export fn gemm_ab(alpha: f64, beta: f64, c: f64[m, n], a: f64[m, k], b: f64[k, n]) -> f64[m, n] {
    return [alpha * dot(a[i, ..], b[.., j]) + beta * c[i, j] for i in 0..m, j in 0..n];
}
export fn cov(d: f64[n, m]) -> f64[m, m] {
    return [dot(d[.., i], d[.., j]) / (f64(n) - 1.0) for i in 0..m, j in 0..m];
}
export fn offdiag(a: f64[m, k], b: f64[k, m]) -> f64[m, m] {
    return [i == j ? -1.0 : dot(a[i, ..], b[.., j]) for i in 0..m, j in 0..m];
}
