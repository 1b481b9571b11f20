# Monte Carlo with arrc's counter-based random numbers: every build (serial,
# any number of threads, gcc or clang) draws the same numbers for a seed, so
# the estimates are reproducible bit for bit.

# pi from the fraction of random points of the unit square inside the
# quarter circle: one fused parallel loop, no arrays stored.
export fn estimate_pi(seed: i64, n: i64) -> f64 {
    let k = arange(n);
    let x = uniform(seed, 2 * k);
    let y = uniform(seed, 2 * k + 1);
    return 4.0 * f64(count(x * x + y * y < 1.0)) / f64(n);
}

# A European call under Black-Scholes dynamics, priced by simulation:
# S_T = S exp((r - sigma^2 / 2) T + sigma sqrt(T) Z), Z ~ N(0, 1), with
# antithetic pairs (Z and -Z); returns the price and its standard error.
export fn mc_call(seed: i64, n: i64, s: f64, strike: f64, r: f64, sigma: f64, t: f64) -> (f64, f64) {
    let z = normal(seed, arange(n));
    let drift = (r - 0.5 * sigma * sigma) * t;
    let vol = sigma * sqrt(t);
    let up = max(s * exp(drift + vol * z) - strike, 0.0);
    let down = max(s * exp(drift - vol * z) - strike, 0.0);
    let pay = 0.5 * (up + down) * exp(-r * t);
    let m = mean(pay);
    let var_ = sum((pay - m) * (pay - m)) / f64(n - 1);
    return m, sqrt(var_ / f64(n));
}

# The closed-form Black-Scholes price, to compare with.
fn cndf(x: f64) -> f64 { return 0.5 * erfc(-x * 0.7071067811865476); }
export fn bs_call(s: f64, strike: f64, r: f64, sigma: f64, t: f64) -> f64 {
    let d1 = (log(s / strike) + (r + 0.5 * sigma * sigma) * t) / (sigma * sqrt(t));
    let d2 = d1 - sigma * sqrt(t);
    return s * cndf(d1) - strike * exp(-r * t) * cndf(d2);
}
