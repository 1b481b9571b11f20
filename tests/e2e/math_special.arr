# Elementwise special functions erf erfc lgamma tgamma on f64 arrays
# (lgamma and tgamma also at negative non-integers).
# tol: 1e-13

export fn erfs(x: f64[n]) -> (f64[n], f64[n]) {
    return erf(x), erfc(x);
}

export fn gammas(g: f64[n]) -> (f64[n], f64[n]) {
    return lgamma(g), tgamma(g);
}

# the standard normal CDF, as in the Black-Scholes sample
export fn normcdf(x: f64[n]) -> f64[n] {
    return 0.5 * erfc(-x / sqrt(2.0));
}
