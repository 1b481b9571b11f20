# pass tile: a transpose (a read across the rows, a store along them) runs
# by tiles of 32 x 32 in a parallel loop over the tiles; a nest whose
# accesses all walk along the rows is left alone.
# c-contains: by tiles of 32 x 32 elements (a read walks across the rows: the tile reuses its cache lines)
export fn tr(a: f64[m, n]) -> f64[n, m] {
    return [a[j, i] for i in 0..n, j in 0..m];
}
export fn rows(a: f64[m, n]) -> f64[m, n] {
    return [a[i, j] * 2.0 for i in 0..m, j in 0..n];
}
