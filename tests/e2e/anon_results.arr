# Results with anonymous extents: allocated by the callee (T **out plus one
# int64_t * per dimension); a declared extent is checked at the return.
export fn evens(x: f64[n]) -> f64[] {
    return fill(2.0, n + 1) * 1.5;
}

export fn table(x: f64[n]) -> f64[, 3] {
    return fill(1.0, n, 3) + 0.5;
}

export fn wide(x: f64[n], k: i64) -> f64[n, ] {
    return fill(3.0, n, k);
}

export fn same(x: f64[n]) -> f64[] {
    return x;
}

export fn wrong(x: f64[n], k: i64) -> f64[, 3] {
    return fill(0.0, n, k);
}
