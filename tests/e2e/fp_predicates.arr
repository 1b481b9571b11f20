# isnan isinf isfinite signbit (LANGUAGE.md section 14): f64, f32, integers
# (tested as the f64 they convert to), scalars, fused with a count.
export fn pred(x: f64[n], y: f32[n], k: i64[n]) -> (bool[n], bool[n], bool[n], bool[n], bool[n], bool[n], i64) {
    return isnan(x), isinf(y), isfinite(x / x), signbit(x), signbit(k), isnan(k), count(isfinite(y));
}
export fn pred_scalar(a: f64, b: f32) -> (bool, bool, bool, bool) {
    return isnan(a), isinf(b), isfinite(a * 2.0), signbit(b);
}
export fn clean_mean(x: f64[n]) -> f64 {
    let ok = isfinite(x);
    return sum(select(ok, x, 0.0)) / f64(count(ok));
}
