# Comprehensions with tuple bodies yield a tuple of arrays:
# let (lo, hi) = [{ ...; (a, b) } for i in 0..n];  block and plain tuple
# bodies, mixed element types (f64, i64, bool), 2-D generators, and the
# spec's lj_forces sample (section 8).
# tol: 1e-12

export fn minmax_rows(a: f64[n, m]) -> (f64[n], f64[n]) {
    let (lo, hi) = [{
        var l = a[i, 0];
        var h = a[i, 0];
        for j in 1..m {
            l = min(l, a[i, j]);
            h = max(h, a[i, j]);
        }
        (l, h)
    } for i in 0..n];
    return lo, hi;
}

# an f64 and an i64 array; both used in a later map
export fn sum_count(a: f64[n, m], t: f64) -> (f64[n], i64[n], f64[n]) {
    let (s, c) = [{
        var acc = 0.0;
        var cnt = 0;
        for j in 0..m {
            if a[i, j] > t {
                acc += a[i, j];
                cnt += 1;
            }
        }
        (acc, cnt)
    } for i in 0..n];
    return s, c, s / f64(max(c, 1));
}

# a plain tuple body (no block) over an offset range
export fn pair_plain(x: f64[n]) -> (f64[], f64[]) {
    let (p, q) = [(x[i] * 2.0, x[i + 1] - x[i]) for i in 0..n - 1];
    return p, q;
}

export fn polar(re: f64[h, w], im: f64[h, w]) -> (f64[h, w], f64[h, w]) {
    let (r, t) = [(hypot(re[i, j], im[i, j]), atan2(im[i, j], re[i, j])) for i in 0..h, j in 0..w];
    return r, t;
}

export fn triple(k: i64[n]) -> (bool[n], i64[n], f64[n], i64) {
    let (even, sq, half) = [{ let v = k[i]; (v % 2 == 0, v * v, f64(v) * 0.5) } for i in 0..n];
    return even, sq, half, count(even);
}

# the section 8 sample, verbatim
export fn lj_forces(x: f64[n], y: f64[n], rc: f64) -> (f64[n], f64[n], f64) {
    let rc2 = rc * rc;
    let (fx, fy, pe) = [{
        var ax = 0.0; var ay = 0.0; var e = 0.0;
        for j in 0..n {
            let dx = x[i] - x[j];  let dy = y[i] - y[j];
            let r2 = dx * dx + dy * dy;
            if j != i && r2 < rc2 {
                let s6 = 1.0 / (r2 * r2 * r2);
                let f = 24.0 * (2.0 * s6 * s6 - s6) / r2;
                ax += f * dx;  ay += f * dy;  e += 2.0 * (s6 * s6 - s6);
            }
        }
        (ax, ay, e)
    } for i in 0..n];
    return fx, fy, sum(pe);
}
