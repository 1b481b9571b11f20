# correlation: the m x m correlation matrix of n observations (rows) of m
# variables (columns)  (PolyBench 4.2 datamining/correlation)
export fn kernel_correlation(data: f64[n, m]) -> f64[m, m] {
    let nf = f64(n);
    let mean = sum(data, 0) / nf;
    let sd = sqrt(sum((data - mean) ** 2, 0) / nf);
    let stddev = select(sd <= 0.1, 1.0, sd);     # near-zero deviations, as PolyBench
    let d = (data - mean) / (sqrt(nf) * stddev);
    return [i == j ? 1.0 : dot(d[.., i], d[.., j]) for i in 0..m, j in 0..m];
}
