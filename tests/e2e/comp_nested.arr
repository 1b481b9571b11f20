# Nested comprehensions: an inner comprehension (often reduced) in the body
# of an outer one, inner ranges that depend on the outer variable (empty for
# the first element), 2-D outer and inner generators, and comprehensions
# inside a block body.  Inputs are multiples of 1/4 (exact sums).
# tol: 1e-12

export fn matvec(a: f64[n, m], v: f64[m]) -> f64[n] {
    return [sum([a[i, j] * v[j] for j in 0..m]) for i in 0..n];
}

export fn max_dist(x: f64[n]) -> f64[n] {
    return [maximum([abs(x[i] - x[j]) for j in 0..n]) for i in 0..n];
}

# the inner range depends on i: 0..0 is empty, so the first sum is 0
export fn prefix(x: f64[n]) -> (f64[n], f64[n]) {
    return [sum([x[j] for j in 0..i]) for i in 0..n],
           [maximum([x[j] for j in 0..i + 1]) for i in 0..n];
}

# stable ranks: the position of x[i] in a stable sort
export fn ranks(x: f64[n]) -> i64[n] {
    return [count([x[j] < x[i] || (x[j] == x[i] && j < i) for j in 0..n]) for i in 0..n];
}

export fn matmul_loops(a: f64[n, k], b: f64[k, m]) -> f64[n, m] {
    return [sum([a[i, l] * b[l, j] for l in 0..k]) for i in 0..n, j in 0..m];
}

# comprehensions inside a block body
export fn row_std(a: f64[n, m]) -> f64[n] {
    return [{
        let row = [a[i, j] for j in 0..m];
        let mu = mean(row);
        let dev = [(row[j] - mu) * (row[j] - mu) for j in 0..m];
        sqrt(sum(dev) / f64(m))
    } for i in 0..n];
}

# a 2-D inner comprehension in a 2-D outer one: 3x3 window ranges
export fn window_range(a: f64[h, w]) -> f64[,] {
    return [{
        let win = [a[i + di, j + dj] for di in 0..3, dj in 0..3];
        maximum(win) - minimum(win)
    } for i in 0..h - 2, j in 0..w - 2];
}

# three levels
export fn pair_counts(x: f64[n]) -> i64[n] {
    return [sum([count([x[j] + x[l] < x[i] for l in 0..n]) for j in 0..n]) for i in 0..n];
}
