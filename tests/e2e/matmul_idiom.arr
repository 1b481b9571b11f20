# tol: 0
# structure: parfor 1, alloc 0
# A matrix product written as a comprehension of dot products or sums
# becomes the tiled kernel (the pass matmul-idiom), in either orientation
# of each operand; a nest that does more than the product stays a loop
# nest. Small integer values, so every order of summation is exact (-O0
# and the loop nest reassociate; test matmul_tiled checks the kernel's
# order on inexact values).
export fn gemm(a: f64[m, k], b: f64[k, n]) -> f64[m, n] { return [dot(a[i, ..], b[.., j]) for i in 0..m, j in 0..n]; }
export fn gemm32(a: f32[m, k], b: f32[k, n]) -> f32[m, n] {
    return [sum([a[i, p] * b[p, j] for p in 0..k]) for i in 0..m, j in 0..n];
}
export fn gemm_t(a: f64[k, m], b: f64[n, k]) -> f64[m, n] { return [dot(a[.., i], b[j, ..]) for i in 0..m, j in 0..n]; }
export fn plus1(a: f64[m, k], b: f64[k, n]) -> f64[m, n] { return [dot(a[i, ..], b[.., j]) + 1.0 for i in 0..m, j in 0..n]; }
