# Monte Carlo with a C random number generator: the extern declarations are
# checked against rng.h (read with libclang) and the calls fuse into the
# parallel loops like any scalar function.
extern "rng.h" fn u01(seed: i64, i: i64) -> f64;
extern "rng.h";                       # and every other function of rng.h: normal

# pi from n points in the unit square: 4 * (fraction inside the quarter circle)
export fn estimate_pi(n: i64, seed: i64) -> f64 {
    let inside = count([u01(seed, 2 * i) * u01(seed, 2 * i) + u01(seed, 2 * i + 1) * u01(seed, 2 * i + 1) <= 1.0
                        for i in 0..n]);
    return 4.0 * f64(inside) / f64(n);
}

# the price of a European call by simulation: mean of discounted payoffs
export fn mc_call(n: i64, seed: i64, s0: f64, k: f64, r: f64, v: f64, t: f64) -> f64 {
    let drift = (r - 0.5 * v * v) * t;
    let vol = v * sqrt(t);
    let payoff = [max(s0 * exp(drift + vol * normal(seed, i)) - k, 0.0) for i in 0..n];
    return exp(-r * t) * mean(payoff);
}
