# structure: parfor 2, alloc 0
# Different size variables: the shapes cannot be proven equal, so one
# run-time check guards the map; equal size variables need none.
export fn add(a: f64[n], b: f64[m]) -> f64[n] {
    return a + b;
}

export fn scale(a: f64[n], b: f64[n], s: f64) -> f64[n] {
    return s * a + b;
}
