# tol: 1e-12
# structure: parfor 11, alloc 0
# the standard library (stdlib/stats.arr), found without -I and fused into
# the caller's loops.
import "stats.arr";

export fn moments(x: f64[n], y: f64[n]) -> (f64, f64, f64, f64, f64) {
    return (variance(x), stddev(x), covariance(x, y), correlation(x, y), weighted_mean(x, y));
}

export fn zscores(x: f64[n]) -> f64[n] {
    return standardize(x);
}

export fn clipped(x: f64[n]) -> f64[n] {
    return clip(x, -1.0, 1.0);
}
