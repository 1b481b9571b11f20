# covariance: the m x m covariance matrix of n observations (rows) of m
# variables (columns)  (PolyBench 4.2 datamining/covariance)
export fn kernel_covariance(data: f64[n, m]) -> f64[m, m] {
    let mean = sum(data, 0) / f64(n);
    let d = data - mean;
    return [dot(d[.., i], d[.., j]) / (f64(n) - 1.0) for i in 0..m, j in 0..m];
}
