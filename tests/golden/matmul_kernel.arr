# matmul of two 2-D arrays of one float kind is one call of the runtime's
# tiled kernel, writing straight into the caller's result buffer (no
# temporary, no copy loop); a product of integers or a matrix-vector
# product stays a loop nest of dot products. A scan or argsort that is
# returned also writes the result buffer and leaves no copy loop. The rows
# and columns the dot products read need no bounds checks (the loops imply them).
# structure: parfor 2, alloc 0
# c-contains: if (arr_matmul_f64(m, n, k, a, k, 1, b, n, 1, t1, 1))
# c-contains: if (arr_matmul_f32(m, n, k, a, k, 1, b, n, 1, t1, 1))

export fn mm(a: f64[m, k], b: f64[k, n]) -> f64[m, n] { return a @ b; }
export fn mm32(a: f32[m, k], b: f32[k, n]) -> f32[m, n] { return matmul(a, b); }
export fn mm_int(a: i64[m, k], b: i64[k, n]) -> i64[m, n] { return a @ b; }
export fn mv(a: f64[m, k], x: f64[k]) -> f64[m] { return a @ x; }
export fn sorted(a: f64[n]) -> i64[n] { return argsort(a); }
export fn running(a: f64[n]) -> f64[n] { return cumsum(a); }
# a transposed operand is packed from its columns: no copy
# c-contains: if (arr_matmul_f64(k, k, m, a, 1, k, a, k, 1, t2, 1))
export fn gram(a: f64[m, k]) -> f64[k, k] { return transpose(a) @ a; }
