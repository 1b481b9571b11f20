# tol: 0
# Counter-based random numbers (LANGUAGE.md section 14), bit for bit against
# an independent Python implementation of the formula: uniform and normal
# elementwise (scalar and array counters, array seeds), rand and randn of
# rank 1-3, and a Monte Carlo estimate fused into one reduction.
export fn streams(seed: i64, n: i64) -> (f64[n], f64[n], f64, f64) {
    let i = arange(n);
    return uniform(seed, i), normal(seed, i * 3 - 5), uniform(seed, -1), normal(-seed, 9223372036854775807);
}
export fn arrays(seed: i64) -> (f64[5], f64[2, 3], f64[2, 2, 2], f64[3, 2]) {
    return rand(seed, 5), rand(seed, 2, 3), randn(seed, 2, 2, 2), randn(seed + 1, 3, 2);
}
export fn seeds(s: i64[n], k: i32) -> f64[n] { return uniform(s, k); }
export fn pi_estimate(seed: i64, n: i64) -> f64 {
    let x = rand(seed, n);
    let y = rand(seed + 1, n);
    return 4.0 * f64(count(x * x + y * y < 1.0)) / f64(n);
}
