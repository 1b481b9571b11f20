# A constant index that is provably out of bounds is an error: a negative
# one always (no counting from the end), one past a declared constant extent.
export fn f(a: f64[4], b: f64[n, 3]) -> f64 {
    let x = a[4];
    let y = b[0, 3];
    let z = b[-1, 0];
    return x + y + z + a[3] + b[n - 1, 2];
}
