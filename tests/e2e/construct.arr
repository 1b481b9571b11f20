# Construction builtins zeros ones fill zeros_like copy arange linspace and
# the shape builtins len / size.  Result extents come from i64 parameters.
# linspace(lo, hi, n) is lo + (hi - lo) * k / (n - 1) (n == 1 gives [lo]).
# A negative size is a run-time error.

export fn cons1(n: i64) -> (f64[n], i32[n], i64[n], f64[n]) {
    return zeros(f64, n), ones(i32, n), arange(n), linspace(-1.0, 2.0, n);
}

export fn cons2(n: i64, m: i64) -> f64[n, m] {
    return fill(2.5, n, m);
}

export fn cons_like(a: f64[h, w]) -> (f64[h, w], f64[h, w], i64, i64, i64) {
    let z = zeros_like(a);
    let c = copy(a);
    return z + 1.0, c * 2.0, len(a), size(a, 1), size(a, 0);
}

export fn lin(lo: f64, hi: f64, n: i64) -> f64[n] {
    return linspace(lo, hi, n);
}

export fn arange_expr(n: i64) -> f64[n] {
    return f64(arange(n)) * 0.5 - 1.0;
}

export fn len1(x: f64[n]) -> (i64, i64) {
    return len(x), size(x, 0);
}

# copy() is independent of its source
export fn copy_indep(a: f64[n]) -> (f64[n], f64) {
    let c = copy(a);
    c[0] = -1.0;
    return c, a[0];
}

export fn fill_i(n: i64) -> (i64[n], i32[n, 2]) {
    return fill(7, n), ones(i32, n, 2) * 3;
}
