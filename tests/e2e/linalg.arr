# matmul (and a @ b), outer and transpose (LANGUAGE.md sections 13 and 14):
# every rank combination, integer and f32 element types, fused consumers,
# an inner-extent mismatch (a run-time error).
# tol: 1e-12
export fn mm(a: f64[m, k], b: f64[k, n], v: f64[k], w: f64[m]) -> (f64[m, n], f64[m], f64[k], f64[m, k], f64[k, m], f64) {
    let c = a @ b;
    return c, matmul(a, v), w @ a, outer(w, v), transpose(a), sum(transpose(a) @ w);
}
export fn mm_int(a: i32[m, k], b: i64[k, n]) -> i64[m, n] { return a @ b; }
export fn mm_f32(a: f32[m, k], x: f32[k]) -> f32[m] { return a @ x * 2.0f; }
export fn mm_bad(a: f64[m, k], b: f64[p, n]) -> f64[m, n] { return a @ b; }
export fn gram(a: f64[m, k]) -> f64[k, k] { return transpose(a) @ a; }
