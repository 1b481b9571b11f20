# Tuple results: one out-pointer per element of the tuple, in order;
# `return a, b;` and `return (a, b);` are the same; let (x, y) = ... binds
# the elements of a tuple returned by an internal function.

export fn split(a: f64[n]) -> (f64[n], f64) {
    return a * 2.0, sum(a);
}

export fn three(a: f64[n], b: f64[n]) -> (f64[n], f64[n], i64) {
    return a + b, a - b, len(a);
}

export fn sc_pair(x: f64, k: i64) -> (f64, i64) {
    return (x * 2.0, k + 1);
}

fn minmax_helper(x: f64[n]) -> (f64, f64) {
    return minimum(x), maximum(x);
}

fn halves(x: f64[n]) -> (f64[n], f64[n]) {
    return x * 0.5, x - x * 0.5;
}

export fn destructure(x: f64[n]) -> (f64, f64[n]) {
    let (lo, hi) = minmax_helper(x);
    let (p, q) = halves(x);
    return hi - lo, p * q;
}

export fn mixed_types(a: i32[n], x: f64[n]) -> (i32[n], f64[n], bool, bool[n]) {
    return a * 2, x + 1.0, sum(a) > 10, x > 0.0;
}
