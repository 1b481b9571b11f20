# tol: 1e-5
# dot, matmul (@) and outer on complex arrays, as NumPy's (no conjugation):
# sums of products in complex arithmetic, a real operand promoted.  c64's
# results set the tolerance.
export fn d(a: c128[n], b: c128[n]) -> c128 { return dot(a, b); }
export fn dm(a: c128[n], b: f64[n]) -> c128 { return dot(a, b); }
export fn mm(a: c128[m, k], b: c128[k, n]) -> c128[m, n] { return a @ b; }
export fn mv(a: c64[m, k], x: c64[k]) -> c64[m] { return matmul(a, x); }
export fn vm(x: c128[m], a: f64[m, k]) -> c128[k] { return matmul(x, a); }
export fn op(x: c128[m], y: c128[k]) -> c128[m, k] { return outer(x, y); }
