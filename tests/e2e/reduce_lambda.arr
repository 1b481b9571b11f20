# reduce(|a, b| e, init, arr) with an associative operator whose identity
# is init, on 1-D and 2-D arrays and on a map expression; the literal init
# takes the array's element type.
# tol: 1e-12

export fn rsum(x: f64[n]) -> f64 {
    return reduce(|a, b| a + b, 0.0, x);
}

export fn rmax(x: f64[n]) -> f64 {
    return reduce(|a, b| max(a, b), -1e300, x);
}

export fn rmin2d(m: f64[h, w]) -> f64 {
    return reduce(|p, q| min(p, q), 1e300, m);
}

export fn rsum2d(m: f64[h, w]) -> f64 {
    return reduce(|p, q| p + q, 0.0, m);
}

# integer init 0 becomes i64
export fn rsum_i(k: i64[n]) -> i64 {
    return reduce(|a, b| a + b, 0, k);
}

export fn rprod_expr(x: f64[n]) -> f64 {
    return reduce(|a, b| a * b, 1.0, x * 0.5 + 0.75);
}

# bitwise-or reduction on i32: init 0 is an i32
export fn ror(k: i32[n]) -> i32 {
    return reduce(|a, b| a | b, 0, k);
}
