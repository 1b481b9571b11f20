# Reductions over each row and the maps that broadcast them back over the
# row run as one pass over the rows (pass rowfuse with loops over rows):
# softmax (a row maximum, exponentials, a row sum, a division: 4 loops,
# one pass), rows scaled to unit length, rows centred.
# structure: parfor 3, alloc 4
export fn softmax(a: f64[m, n]) -> f64[m, n] {
    let mx = maximum(a, 1);
    let e = exp(a - mx[.., newaxis]);
    let s = sum(e, 1);
    return e / s[.., newaxis];
}
export fn unit_rows(a: f64[m, n]) -> f64[m, n] {
    let nrm = sqrt(sum(a * a, 1));
    return a / nrm[.., newaxis];
}
export fn centre_rows(a: f32[m, n]) -> f32[m, n] {
    return a - mean(a, 1)[.., newaxis];
}
