# Inclusive scans: cumsum on f64 and i64 (i64 stays i64 and wraps),
# scan(|a, b| e, init, x) with +, max, min and * (init is the operator's
# identity and takes the element type), scans of map expressions and maps
# of scans.  n = 100000 in the driver, so a parallel (two-pass) scan is
# exercised; float sums may be reassociated, hence the tolerance.
# tol: 1e-9

export fn cs_f64(x: f64[n]) -> f64[n] {
    return cumsum(x);
}

export fn cs_i64(k: i64[n]) -> i64[n] {
    return cumsum(k);
}

export fn sc_add(x: f64[n]) -> f64[n] {
    return scan(|a, b| a + b, 0.0, x);
}

export fn sc_max(x: f64[n]) -> f64[n] {
    return scan(|a, b| max(a, b), -1e300, x);
}

export fn sc_prod(k: i64[n]) -> i64[n] {
    return scan(|a, b| a * b, 1, k);
}

export fn sc_min_i(k: i64[n]) -> i64[n] {
    return scan(|a, b| min(a, b), 9223372036854775807, k);
}

# a scan of a map, a map of a scan, a reduction of a scan
export fn sc_expr(x: f64[n]) -> (f64[n], f64) {
    let c = cumsum(x * 2.0);
    return c - x, sum(cumsum(x));
}
