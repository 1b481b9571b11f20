# tol: 0
# structure: parfor 4, alloc 3
# cflags: gcc-strict -DARR_MM_NO_DISPATCH; clang-serial -DARR_MM_SCALAR
# matmul of two 2-D float arrays (LANGUAGE.md section 14) runs the runtime's
# tiled kernel (runtime/arr_matmul.inc). Its shapes here cross every block
# edge: more than one MC block of rows, ragged MR and NR tiles, more than one
# KC block of depth, an NC block split, k = 0, empty results, and sizes
# large enough for the parallel path. Compared exactly (tol 0) with NumPy
# summing each element in increasing p from 0, as the kernel promises,
# with each kernel: the widest the processor runs (chosen at run time), the
# compile-time baseline (gcc-strict: SSE2 on x86-64) and the scalar tile
# without GNU C vectors (clang-serial).
export fn mm64(a: f64[m, k], b: f64[k, n]) -> f64[m, n] { return a @ b; }
export fn mm32(a: f32[m, k], b: f32[k, n]) -> f32[m, n] { return matmul(a, b); }
# a map operand is materialised, a transposed one read in place (packed
# from its columns); the sum with a broadcast row fuses into one loop after
# the product
export fn affine(a: f64[m, k], w: f64[n, k], c: f64[n]) -> f64[m, n] {
    return (a * 2.0) @ transpose(w) + c;
}
export fn mm_bad(a: f64[m, k], b: f64[p, n]) -> f64[m, n] { return a @ b; }
# Gram matrices: the transpose read in place, on either side
export fn gram(a: f64[m, k]) -> (f64[k, k], f64[m, m]) { return (transpose(a) @ a, a @ transpose(a)); }
