# stats.arr: statistics on f64 arrays (arr's standard library).
#     import "stats.arr";
# arrc finds it after the importing file's folder and the -I folders.
# Internal functions: inlined into the caller and fused with its loops.

# the population variance: mean of squared deviations (NaN for an empty array)
fn variance(x: f64[n]) -> f64 {
    let m = sum(x) / f64(n);
    return sum((x - m) * (x - m)) / f64(n);
}

fn stddev(x: f64[n]) -> f64 {
    return sqrt(variance(x));
}

# the population covariance of two arrays of the same length
fn covariance(x: f64[n], y: f64[n]) -> f64 {
    let mx = sum(x) / f64(n);
    let my = sum(y) / f64(n);
    return sum((x - mx) * (y - my)) / f64(n);
}

# Pearson's correlation coefficient
fn correlation(x: f64[n], y: f64[n]) -> f64 {
    return covariance(x, y) / (stddev(x) * stddev(y));
}

# (x - mean) / stddev, elementwise
fn standardize(x: f64[n]) -> f64[n] {
    let m = sum(x) / f64(n);
    let s = stddev(x);
    return (x - m) / s;
}

# each element limited to [lo, hi]
fn clip(x: f64[n], lo: f64, hi: f64) -> f64[n] {
    return [min(max(x[i], lo), hi) for i in 0..n];
}

# the weighted mean sum(w * x) / sum(w)
fn weighted_mean(x: f64[n], w: f64[n]) -> f64 {
    return sum(w * x) / sum(w);
}
