# A reduction along one dimension of a map is one loop nest with no
# temporary: the map is computed where the reduction reads it (the pass
# `inline`), along rows (sum(., 1)) or down columns (maximum(., 0)). A map
# read twice, or one that may trap (an integer division), keeps its array.
# A float sum down columns accumulates over rows instead (the pass
# `interchange`: one more allocation, the column sums of `twice`, which
# add each row of s in the visit that takes its row sum: chunks of rows
# with column sums of their own, added up in chunk order).
# structure: parfor 7, alloc 3
# structure-O0: parfor 15, alloc 10

export fn rowsum(a: f64[m, n], b: f64[m, n]) -> f64[m] { return sum(a * b + 1.0, 1); }
export fn colmax(a: f64[m, n]) -> f64[n] { return maximum(a - 1.0, 0); }
export fn twice(a: f64[m, n]) -> (f64[m], f64[n]) {
    let s = a * a;
    return (sum(s, 1), sum(s, 0));
}
export fn divided(x: i64[m, n], y: i64[m, n]) -> i64[m] { return sum(x / y, 1); }
