# Reading slices: a[lo..hi] is a sub-array (no copy), `..` alone is the
# whole extent; rows a[i, ..], columns a[.., j], partial rows a[i, 1..w-1],
# 2-D windows, 3-D sub-boxes; slices in maps, reductions, calls, returns
# (as new arrays), len/size of a slice, slices of slices, empty slices
# (hi <= lo).  Inputs are multiples of 1/4 (exact sums).
# tol: 1e-12

export fn sl_1d(x: f64[n]) -> (f64[], f64[], f64, f64, i64, i64, i64) {
    return x[1..n], x[0..n - 1], sum(x[2..n]), sum(x[1..n] - x[0..n - 1]),
           len(x[1..n - 1]), len(x[3..n]), argmax(x[2..n]);
}

export fn sl_empty(x: f64[n], lo: i64, hi: i64) -> (i64, f64, i64) {
    let s = x[lo..hi];
    return len(s), sum(s), count(s > 0.0);
}

export fn sl_map(x: f64[n]) -> (f64[], f64[], i64) {
    let d = x[1..n] - x[0..n - 1];
    let c = 0.25 * x[0..n - 2] + 0.5 * x[1..n - 1] + 0.25 * x[2..n];
    return d * 2.0, c, count(x[1..n] > x[0..n - 1]);
}

fn nrm(v: f64[m]) -> f64 {
    return sqrt(dot(v, v));
}

# a slice of a slice; a slice as the argument of a function
export fn sl_nested(x: f64[n]) -> (f64, f64, f64, f64) {
    let s = x[1..n];
    let t = s[2..5];
    return sum(t), t[0], nrm(x[0..4]), minimum(s[len(s) - 3..len(s)]);
}

export fn sl_cols(a: f64[h, w], i: i64, j: i64) -> (f64[h], f64[w], f64, f64, f64[], f64, i64) {
    return a[.., j], a[i, ..], sum(a[.., j]), dot(a[i, ..], a[i, ..]), a[i, 1..w - 1],
           sum(a[1..h, j]), len(a[1..3, ..]);
}

export fn sl_window(img: f64[h, w]) -> (f64[,], i64, i64, f64, f64[,]) {
    let win = img[2..h - 2, 2..w - 2];
    let lap = img[0..h - 2, 1..w - 1] + img[2..h, 1..w - 1]
            + img[1..h - 1, 0..w - 2] + img[1..h - 1, 2..w]
            - 4.0 * img[1..h - 1, 1..w - 1];
    return win * 2.0, size(win, 0), size(win, 1), sum(win), lap;
}

export fn sl_int(k: i64[n]) -> (i64, i64[], i64) {
    return sum(k[1..n]), k[2..n] - k[0..n - 2], maximum(k[0..n / 2]);
}

export fn sl_3d(t: f64[p, q, r]) -> (f64, f64[], f64[,]) {
    return sum(t[1, .., ..]), t[.., 1, 2], t[.., 0, 1..r];
}
