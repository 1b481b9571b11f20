# structure: parfor 3, alloc 1
# structure-O0: parfor 8, alloc 6
# A range store reads the old values: the right-hand side is computed into
# a temporary (fused over the three shifted slices, whose extents are
# proven equal), then stored; it cannot be fused with the store.
export fn smooth(x0: f64[n]) -> f64[n] {
    let x = copy(x0);
    x[1..n - 1] = 0.25 * x[0..n - 2] + 0.5 * x[1..n - 1] + 0.25 * x[2..n];
    return x;
}
