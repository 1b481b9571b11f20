# tol: 0
# structure: parfor 13, alloc 9
# A sum down columns whose rows the loop right before it makes (atax:
# tmp = A x, then A^T tmp) runs by chunks of rows: each row is made and
# added to the chunk's column sums in one visit, so A is read once
# (interchange, by rows; rowchunks.c has the legality argument). Rows
# 0, 1, 15, 16, 17, 40, 300 (one chunk, chunks of unequal rows, sixteen),
# no columns (the rows are still made: rowsums), a producer whose array is
# read again after the sums, one the sums read at another row (reversed:
# left to the blocked form; reading a row before it is made would be
# wrong), and a producer that stores a result the sums do not read
# (rowsums: the column sums of s and the row sums of s in one visit).
# Small integer values, so the sums are exact in any order.
# (Without the fusion: parfor 9, alloc 8 before the versions of
# interchange.arr, which atax_keep and reversed now get.)
export fn atax(A: f64[m, n], x: f64[n]) -> f64[n] {
    let tmp = [dot(A[i, ..], x) for i in 0..m];
    return [dot(A[.., j], tmp) for j in 0..n];
}
export fn atax_keep(A: f64[m, n], x: f64[n]) -> f64[n] {
    let tmp = [dot(A[i, ..], x) - 1.0 for i in 0..m];
    return [dot(A[.., j], tmp) for j in 0..n] + sum(tmp);
}
export fn reversed(A: f64[m, n], x: f64[n]) -> f64[n] {
    let t = [dot(A[i, ..], x) for i in 0..m];
    return [sum([A[i, j] * t[m - 1 - i] for i in 0..m]) for j in 0..n];
}
export fn rowsums(a: f64[m, n]) -> (f64[m], f64[n]) {
    let s = a * a - 2.0;
    return (sum(s, 1), sum(s, 0));
}
