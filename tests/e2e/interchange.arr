# tol: 0
# structure: parfor 14, alloc 10
# A float sum down each column (sum(a, 0), a dot product with a column)
# accumulates over rows (the pass `interchange`): up to 4096 columns by
# chunks of rows with column sums of their own (added up in chunk order),
# more a block of 256 columns at a time (every column's sum adds the same
# values in the same order); two versions chosen at run time. Widths around the block
# size and around 4096, a range that starts past 0, work before and after
# the sum in the loop, f32. Small integer values, so the sums are exact in
# any order. (Without the pass: parfor 4, alloc 0; without the versions:
# parfor 6, alloc 6.)
export fn colsum(a: f64[n, m]) -> f64[m] { return sum(a, 0); }
export fn atx(a: f64[n, m], x: f64[n], y: f64[m]) -> f64[m] {
    return [y[j] * 2.0 + dot(a[.., j], x) - 1.0 for j in 0..m];
}
export fn tail_sums(a: f32[n, m]) -> f32[] { return [sum(a[.., j]) * 0.5f for j in 2..m]; }
export fn mean_then(a: f64[n, m]) -> f64[m] {
    let mu = sum(a, 0) / f64(n);
    return mu * mu;
}
# the loop over columns copies the pointer of the array the sum reads (an
# inlined function's result) before the sum: the blocked form reads the
# copy's source (it read the copy before it was made, a crash found by
# make fuzz; then such loops were left alone; then interchanged by blocks
# only; since pass unalias the copy is gone and vm has both versions too)
fn pick(x: f32[p], c: bool) -> f32[p] {
    if c {
        return x * 2.0f;
    }
    return x;
}
export fn vm(x: f32[n], m: f32[n, k], c: bool) -> f64[k] { return f64(pick(x, c) @ m); }
