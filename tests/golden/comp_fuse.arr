# structure: parfor 4, alloc 0
# structure-O0: parfor 10, alloc 7
# Fusion with comprehensions (issue 3): every function is one parallel loop
# nest and no temporary array is allocated.

# a comprehension feeding a reduction
export fn sumsq(x: f64[n]) -> f64 {
    return sum([x[i] * x[i] for i in 0..n]);
}

# a map feeding a comprehension that reads it only at the loop index
export fn shifted(x: f64[n]) -> f64[n] {
    let t = 2.0 * x + 1.0;
    return [t[i] * f64(i) for i in 0..n];
}

# maps over slices fuse with their consumer
export fn lagdot(x: f64[n]) -> f64 {
    return sum(x[1..n] * x[0..n - 1]);
}

# a nested comprehension feeding a reduction runs inside the outer loop
# with no array per outer iteration
export fn matvec(a: f64[n, m], v: f64[m]) -> f64[n] {
    return [sum([a[i, j] * v[j] for j in 0..m]) for i in 0..n];
}
