# Multi-dimensional arrays (row-major): elementwise maps on f64[h, w] with
# scalar broadcasting, bool[h, w] results, 2-D indexing with size-variable
# arithmetic, a constant extent f64[3, n], i32 2-D data, and a rank-3 map.

export fn add2(a: f64[h, w], b: f64[h, w], s: f64) -> f64[h, w] {
    return a * s + b - 1.0;
}

export fn ops2(a: f64[h, w]) -> (f64[h, w], bool[h, w]) {
    return sqrt(a * a + 1.0), a > 0.5;
}

export fn idx2(a: f64[h, w]) -> (f64, f64, f64) {
    return a[0, 0], a[h - 1, w - 1], a[1, 2];
}

export fn const_extent(a: f64[3, n], b: f64[n]) -> f64[3, n] {
    let r = zeros(f64, 3, n);
    for i in 0..3 {
        for j in 0..n {
            r[i, j] = a[i, j] * b[j] + f64(i);
        }
    }
    return r;
}

export fn rows_i32(k: i32[h, w]) -> i32[h, w] {
    return k * k - 2 * k;
}

export fn rank3(a: f64[p, q, r]) -> (f64[p, q, r], f64, i64) {
    return a * 2.0 + 1.0, a[p - 1, 0, r - 1], size(a, 2);
}

# row sums of a 2-D array into a 1-D result
export fn row_sums(a: f64[h, w]) -> f64[h] {
    let s = zeros(f64, h);
    for i in 0..h {
        var t = 0.0;
        for j in 0..w {
            t += a[i, j];
        }
        s[i] = t;
    }
    return s;
}
