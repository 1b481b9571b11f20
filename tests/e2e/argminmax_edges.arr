# argmin/argmax edge cases (the index starts at the first iteration's, with
# no "nothing seen yet" test): every element the initial extreme (+inf for
# argmin, -inf for argmax, the integer limits), ties (the first wins, also
# across threads), NaN (the first NaN wins), rows of a matrix, and an
# index computed in the loop body.
export fn mins(a: f64[n]) -> (i64, i64) { return (argmin(a), argmax(a)); }
export fn imins(a: i64[n]) -> (i64, i64) { return (argmin(a), argmax(a)); }
export fn rows(a: f64[m, n]) -> (i64[m], i64[n]) { return (argmin(a, 1), argmax(a, 0)); }
export fn flat(a: f32[m, n]) -> (i64, i64) { return (argmin(a), argmax(a * 2.0f)); }
export fn shifted(a: f64[n]) -> i64 { return argmin([a[n - 1 - i] for i in 0..n]); }
# argmin/argmax over an inner comprehension (a loop inside the parallel one):
# rows with their first NaN at different places and rows without; the two
# reductions are fused into one loop)
export fn nested(p: f64[n], q: f64[k]) -> (i64[n], i64[n]) {
    let lo = [argmin([sqrt(p[i] - q[c]) * q[c] for c in 0..k]) for i in 0..n];
    let hi = [argmax([sqrt(q[c] - p[i]) + q[c] for c in 0..k]) for i in 0..n];
    return lo, hi;
}
