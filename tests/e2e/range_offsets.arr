# Range stores at any offset (NumPy semantics: the right-hand side is read
# completely first). Where the right-hand side reads the target only at the
# stored element (the same offsets), the store is one in-place loop;
# where it reads a neighbour it goes through a temporary.
# structure: parfor 13, alloc 5
export fn shifted(a0: f64[n], e: f64) -> f64[n] {
    let a = copy(a0);
    a[1..n] -= e;
    a[2..n] += a[2..n] * 2.0;
    return a;
}
export fn neighbours(a0: f64[n]) -> (f64[n], f64[n]) {
    let a = copy(a0);
    a[1..n] = a[0..n - 1] * 2.0;
    let b = copy(a0);
    b[0..n - 1] = b[1..n] + 1.0;
    return (a, b);
}
export fn box(a0: f64[m, n], k: i64) -> f64[m, n] {
    let a = copy(a0);
    a[1..m, k..n] *= 3.0;
    a[1..m, k..n] = a[1..m, k..n] - a[0..m - 1, k..n];
    return a;
}
