# tol: 1e-10
# Boolean masks (LANGUAGE.md section 14): a[m], a[m] = e, a[m] op= e, where(m).

export fn pos(a: f64[n]) -> f64[] { return a[a > 0.0]; }

export fn pick(a: f64[n], m: bool[k]) -> f64[] { return a[m]; }

export fn where2(A: f64[m, n]) -> i64[] { return where(A > 1.0); }

export fn greater2(A: f64[m, n], B: f64[m, n]) -> (f64[], i64) {
    let g = A[A > B];
    return g, len(g);
}

export fn counts(a: f64[n], b: f64[n]) -> (i64, i64, f64) {
    let both = a[a > 0.0 && b < 1.0];
    return len(a[a > 0.0]), len(where(b < 1.0)), sum(both);
}

export fn stores(a: f64[n], b: f64[n]) -> f64[n] {
    var x = copy(a);
    x[x < 0.0] = 0.0;
    x[b > 1.0] = b;
    x[b < 0.5] *= 2.0;
    x[x > 3.0] -= b;
    return x;
}

export fn divide(a: i64[n], d: i64[n]) -> i64[n] {
    var x = copy(a);
    x[d != 0] /= d;
    x[d == 0] %= 7;
    return x;
}

export fn rowsums(A: f64[m, n]) -> f64[m] {
    return [sum(A[i, ..][A[i, ..] > 0.0]) for i in 0..m];
}

export fn big(n: i64) -> (i64, f64, i64, i64) {
    let a = [f64((i * 7919) % 1000) / 1000.0 - 0.5 for i in 0..n];
    let p = a[a > 0.25];
    let w = where(a < -0.49);
    return len(p), sum(p), w[0], w[len(w) - 1];
}

export fn none(a: f64[n]) -> (f64[], i64) {
    let e = a[a > 1000.0];
    return e, len(e);
}

export fn param_store(a: f64[n]) {
    a[a > 1.0] = 1.0;
}
