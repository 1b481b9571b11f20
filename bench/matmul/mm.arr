# The matrix product for bench/matmul: `a @ b` of two 2-D float arrays
# compiles to the runtime's tiled kernel (runtime/arr_matmul.inc).
export fn matmul_f64(a: f64[m, k], b: f64[k, n]) -> f64[m, n] { return a @ b; }
export fn matmul_f32(a: f32[m, k], b: f32[k, n]) -> f32[m, n] { return a @ b; }
