# structure: parfor 3, alloc 1
# A short inner sum of a constant count inside a parallel loop is written
# out term by term (pass unroll), so the loop around it vectorises; a range
# store of a value whose extent is computed (n - 4) runs over the value's
# extent after the shape check and fuses with the loop that makes the value
# (the caller's y written directly: filter_into is one loop, no array).
# A wrong extent is still the located error.
export fn filter(x: f64[n], w: f64[5]) -> f64[] {
    return [sum([w[k] * x[i + k] for k in 0..5]) for i in 0..n - 4];
}
export fn filter_into(x: f64[n], w: f64[5], y: f64[m]) {
    y[..] = [sum([w[k] * x[i + k] for k in 0..5]) for i in 0..n - 4];
}
export fn norms(p: f32[n, 3]) -> f32[n] {
    return [sqrt(sum([p[i, d] * p[i, d] for d in 0..3])) for i in 0..n];
}
