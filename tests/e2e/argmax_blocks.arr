# argmin/argmax by blocks (pass argblock): a vector min/max of each block of
# 1024 iterations, the ordered loop only over a block that may change the
# result. Data that makes every block matter: ascending and descending
# values, NaNs in a block that would not be rescanned for its values, ties
# in different blocks and threads, zeros of both signs, every value the
# initial extreme; f64, f32 and integers, a computed value (sqrt, select),
# rows longer and shorter than a block (of a constant count: blocked), a range not starting at 0, and a
# value the pass refuses (exp: vector and scalar exp may differ in a bit).
export fn amax(x: f64[n]) -> i64 { return argmax(x); }
export fn amin(x: f64[n]) -> i64 { return argmin(x); }
export fn amax32(x: f32[n]) -> (i64, i64) { return (argmax(x), argmin(x)); }
export fn aint(x: i64[n], y: i32[n]) -> (i64, i64, i64, i64) { return (argmax(x), argmin(x), argmax(y), argmin(y)); }
export fn amask(x: f64[n], lo: f64) -> i64 { return argmin(select(x > lo, sqrt(x), 1.0e300)); }
export fn arows(a: f64[m, w]) -> (i64[m], i64[m]) { return ([argmax(a[i, ..]) for i in 0..m], [argmin(a[i, ..]) for i in 0..m]); }
export fn arowc(a: f64[m, 3000]) -> i64[m] { return [argmin(a[i, ..]) for i in 0..m]; }
export fn arowi(a: i32[m, w], s: i32) -> (i64[m], i64[m]) {
    return ([argmin(a[i, ..] * s) + 1 for i in 0..m], [argmax(a[i, ..] * s) for i in 0..m]);
}
export fn atail(x: f64[n]) -> i64 { return argmax([abs(x[i]) for i in 3..n]); }
export fn aexp(x: f64[n]) -> i64 { return argmax(exp(x * 0.001)); }
