# abs floor ceil round trunc sign on f64 arrays (exact results).  round is
# C's round(): halves go away from zero (NumPy's np.round goes to even);
# sign gives -1.0 / 0.0 / 1.0.

export fn rounding(x: f64[n]) -> (f64[n], f64[n], f64[n], f64[n], f64[n], f64[n]) {
    return abs(x), floor(x), ceil(x), round(x), trunc(x), sign(x);
}

export fn round_expr(x: f64[n], s: f64) -> f64[n] {
    return round(x * s) / s + floor(x) * sign(x - 0.5);
}

export fn round_scalar(v: f64) -> (f64, f64, f64) {
    return round(v), floor(v), sign(v);
}
