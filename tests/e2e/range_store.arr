# Range stores a[lo..hi] = e (an in-place map over the sub-box; e is a
# scalar or an array of the box's shape).  The right-hand side is a value:
# it reads the array as it was BEFORE the store even when the source and the
# target overlap (shifts, smoothing).  Values computed before a store keep
# the old contents; stores into a parameter write the caller's array.
# tol: 1e-12

export fn smooth(x0: f64[n]) -> f64[n] {
    let x = copy(x0);
    x[1..n - 1] = 0.25 * x[0..n - 2] + 0.5 * x[1..n - 1] + 0.25 * x[2..n];
    return x;
}

# three sweeps in a loop, each reading the previous sweep's values
export fn smooth3(x0: f64[n]) -> f64[n] {
    let x = copy(x0);
    for t in 0..3 {
        x[1..n - 1] = 0.25 * x[0..n - 2] + 0.5 * x[1..n - 1] + 0.25 * x[2..n];
    }
    return x;
}

# storing into a parameter: the caller's array changes (not const in C)
export fn smooth_param(x: f64[n]) -> f64 {
    x[1..n - 1] = 0.25 * x[0..n - 2] + 0.5 * x[1..n - 1] + 0.25 * x[2..n];
    return sum(x);
}

# overlapping shifts in both directions
export fn shifts(x0: f64[n]) -> (f64[n], f64[n]) {
    let r = copy(x0);
    r[1..n] = r[0..n - 1];
    let l = copy(x0);
    l[0..n - 1] = l[1..n];
    return r, l;
}

# column, row and scalar broadcast stores
export fn zero_col(a0: f64[h, w]) -> f64[h, w] {
    let a = copy(a0);
    a[.., 0] = 0.0;
    a[h - 1, ..] = -1.0;
    a[1, 1..w - 1] = a[0, 0..w - 2] * 10.0;
    return a;
}

# a box store of an array with the box's shape; the box's shape is checked
# at run time against b's extents
export fn box_store(a0: f64[h, w], b: f64[p, q]) -> f64[h, w] {
    let a = copy(a0);
    a[1..3, 2..4] = b;
    a[0..2, 0..2] = b * 10.0 + a[2..4, 2..4];
    a[3..h, 4..w] = 7.5;
    return a;
}

# run-time bounds; an empty box (hi <= lo) stores nothing
export fn fill_range(x0: f64[n], lo: i64, hi: i64, v: f64) -> f64[n] {
    let x = copy(x0);
    x[lo..hi] = v;
    return x;
}

# row by row, each row reading the previous (already stored) row
export fn rows_cumulative(a0: f64[h, w]) -> f64[h, w] {
    let a = copy(a0);
    for i in 1..h {
        a[i, 1..w] = a[i - 1, 0..w - 1] + a[i, 1..w];
    }
    return a;
}

# values computed before a store are the old values after it
export fn before_after(x0: f64[n]) -> (f64[n], f64[n], f64[n], f64, f64) {
    let x = copy(x0);
    let s = copy(x);
    let t = x * 2.0;
    let m = sum(x);
    x[0..2] = 9.0;
    let m2 = sum(x);
    return s, x, t, m, m2;
}
