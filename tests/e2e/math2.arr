# Two-argument elementwise builtins on f64 arrays: min max pow atan2 hypot
# fmod copysign, with scalar and literal broadcasting.
# tol: 1e-13

export fn minmax(a: f64[n], b: f64[n]) -> (f64[n], f64[n]) {
    return min(a, b), max(a, b);
}

export fn pows(a: f64[n], b: f64[n]) -> f64[n] {
    return pow(abs(a) + 0.5, b);
}

export fn atan2_hypot(a: f64[n], b: f64[n]) -> (f64[n], f64[n]) {
    return atan2(a, b), hypot(a, b);
}

export fn fmod_copysign(a: f64[n], b: f64[n]) -> (f64[n], f64[n]) {
    return fmod(a, b), copysign(a, b);
}

# literal 0 becomes 0.0; scalar s broadcasts
export fn bcast2(a: f64[n], s: f64) -> (f64[n], f64[n], f64[n], f64[n]) {
    return min(a, s), max(0, a), pow(a * a + 1.0, 0.5), atan2(s, a);
}

export fn scalar2(x: f64, y: f64) -> (f64, f64, f64) {
    return hypot(x, y), fmod(x, y), pow(x, y);
}
