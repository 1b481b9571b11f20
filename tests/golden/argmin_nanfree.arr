# pass nanfree: an argmin whose values cannot be NaN when its inputs are
# finite runs without the first-NaN tracking behind a check of them (the
# point's coordinates before each inner loop, the centres once, serially,
# before the parallel loop); the general loop stays for inputs that are not
# finite.  A product of two differences (inf * 0) is not proved, so `risky`
# keeps its one tracked loop.  The e2e test argmin_nanfree checks the answers.
# c-contains: if (((0 < k) && arr_isfinite_f64(px[i])) && cx_finite) {
fn sq(x: f64) -> f64 { return x * x; }
export fn nearest(px: f64[n], cx: f64[k]) -> i64[n] {
    return [argmin([sq(px[i] - cx[c]) for c in 0..k]) for i in 0..n];
}
# a square written as a product of two equal differences: not NaN either
export fn square(px: f64[n], cx: f64[k]) -> i64[n] {
    return [argmin([(px[i] - cx[c]) * (px[i] - cx[c]) for c in 0..k]) for i in 0..n];
}
export fn risky(px: f64[n], py: f64[n], cx: f64[k]) -> i64[n] {
    return [argmin([(px[i] - cx[c]) * (py[i] - cx[c]) for c in 0..k]) for i in 0..n];
}
