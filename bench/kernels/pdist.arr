export fn pdist(p: f64[n, d]) -> f64[n, n] {
    return [sqrt(sum([(p[i, k] - p[j, k]) * (p[i, k] - p[j, k]) for k in 0..d])) for i in 0..n, j in 0..n];
}
