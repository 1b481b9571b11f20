# Comprehensions [e for i in r0, j in r1, ...]: rank = number of generators,
# shape = range lengths, the generator variable is the range VALUE (an i64),
# not the position.  1-D with i64 index arithmetic converted to f64, offset
# reads, ranges with offsets, empty ranges (hi <= lo gives an empty array,
# not an error), 2-D, 3-D and 4-D shapes, comprehensions feeding reductions
# and maps, bool and i64 element types.
# Inputs are multiples of 1/8, so sums are exact in any order.
# tol: 1e-12

export fn idx_poly(n: i64) -> f64[n] {
    return [f64(i * i - 3 * i) * 0.5 + f64(i) / 4.0 for i in 0..n];
}

export fn idx_int(n: i64) -> i64[n] {
    return [i * i * i - 7 * (i / 3) + i % 4 for i in 0..n];
}

# forward differences: n - 1 elements
export fn diffs(x: f64[n]) -> f64[] {
    return [x[i + 1] - x[i] for i in 0..n - 1];
}

# a range with an offset: element k of the result is for i = k + 1
export fn interior(x: f64[n]) -> (f64[], i64) {
    let y = [x[i] * 2.0 + x[i - 1] for i in 1..n - 1];
    return y, len(y);
}

export fn evens_of(x: f64[n]) -> f64[] {
    return [x[2 * i] for i in 0..(n + 1) / 2];
}

# lo..hi with run-time bounds: empty when hi <= lo
export fn range_sum(x: f64[n], lo: i64, hi: i64) -> (f64, i64, f64[]) {
    let e = [x[i] * 2.0 + 1.0 for i in lo..hi];
    return sum(e), len(e), e;
}

export fn scale_cols(a: f64[h, w], b: f64[w]) -> f64[h, w] {
    return [a[i, j] * b[j] for i in 0..h, j in 0..w];
}

export fn outer_idx(h: i64, w: i64) -> f64[h, w] {
    return [f64(i * 10 + j) - f64(i) * f64(j) * 0.5 for i in 0..h, j in 0..w];
}

# 2-D with offsets in both generators: (h - 1) x (w - 1)
export fn grid_diffs(a: f64[h, w]) -> f64[,] {
    return [a[i + 1, j] - a[i, j - 1] for i in 0..h - 1, j in 1..w];
}

export fn cube(x: f64[r], p: i64, q: i64) -> f64[p, q, r] {
    return [f64(100 * i + 10 * j) + x[k] for i in 0..p, j in 0..q, k in 0..r];
}

# the first generator starts at 5: its values are 5 and 6
export fn hyper(p: i64, q: i64) -> i64[2, 3, p, q] {
    return [i * 1000 + j * 100 + k * 10 + l for i in 5..7, j in 0..3, k in 0..p, l in 0..q];
}

export fn comp_reduce(x: f64[n]) -> (f64, f64, i64, i64, f64, i64) {
    return sum([x[i] * x[i] for i in 0..n]),
           maximum([x[i] * f64(i) for i in 0..n]),
           argmin([x[i] - x[n - 1 - i] for i in 0..n]),
           count([x[i] > x[i - 1] for i in 1..n]),
           sum([x[i] * x[j] for i in 0..n, j in 0..n]),
           sum([i * i - j for i in 0..n, j in 2..5]);
}

export fn comp_map(x: f64[n]) -> (f64[n], bool[n]) {
    let r = [x[n - 1 - i] for i in 0..n];
    let pos = [x[i] > 0.0 for i in 0..n];
    return r * 2.0 + x - sqrt(abs(r)), pos && r < 1.0;
}
