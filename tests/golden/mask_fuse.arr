# A mask read fuses with the map that computes its mask: the mask is
# computed per element in both passes of the compaction and never stored
# (no bool temporary, no parfor, no alloc).  A mask store is one in-place
# loop whose division runs only where the mask holds.
# structure: parfor 1, alloc 0
# structure-O0: parfor 5, alloc 4
# c-contains: stream compaction into

export fn keep(a: f64[n], b: f64[n]) -> f64[] {
    return a[a > 0.0 && b < 1.0];
}

export fn halve(a: i64[n], d: i64[n]) {
    a[d != 0] /= d;
}
