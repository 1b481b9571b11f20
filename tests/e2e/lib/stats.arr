# A module imported by tests/e2e/modules.arr (and, twice, through
# lib/more.arr): its functions are inlined into the importer.
fn sq(x: f64) -> f64 {
    return x * x;
}

export fn norm(x: f64[n]) -> f64 {
    return sqrt(sum(sq(x)));
}
