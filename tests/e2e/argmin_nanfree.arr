# argmin/argmax over values that cannot be NaN when the inputs are finite
# (pass nanfree: a copy of the loop without the first-NaN tracking, behind a
# check of the point's inputs and of the centres): points and centres with
# NaN, +-inf and values whose differences overflow to inf, so that both
# versions run, in one call, and the tracked one must find the first NaN.
fn dist2(x: f64, y: f64, cx: f64, cy: f64) -> f64 {
    let dx = x - cx;
    let dy = y - cy;
    return dx * dx + dy * dy;
}
export fn near(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> i64[n] {
    return [argmin([dist2(px[i], py[i], cx[c], cy[c]) for c in 0..k]) for i in 0..n];
}
# abs, ** by an integer, exp, sqrt of a sum of non-negative values, max
export fn forms(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (i64[n], i64[n], i64[n]) {
    let a = [argmax([abs(px[i] - cx[c]) for c in 0..k]) for i in 0..n];
    let b = [argmin([(px[i] - cx[c]) ** 2 + exp(py[i] - cy[c]) for c in 0..k]) for i in 0..n];
    let d = [argmax([sqrt(dist2(px[i], py[i], cx[c], cy[c])) - max(px[i], cx[c]) for c in 0..k]) for i in 0..n];
    return a, b, d;
}
# a difference squared as a product of two equal expressions (not NaN: inf
# * inf), in one and in two coordinates
export fn squares(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (i64[n], i64[n]) {
    let a = [argmin([(px[i] - cx[c]) * (px[i] - cx[c]) for c in 0..k]) for i in 0..n];
    let b = [argmax([(px[i] - cx[c]) * (px[i] - cx[c]) + (py[i] - cy[c]) * (py[i] - cy[c]) for c in 0..k]) for i in 0..n];
    return a, b;
}
# not provably NaN-free: inf * 0, inf + -inf and inf - inf of finite inputs (tracked)
export fn unsafe(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (i64[n], i64[n], i64[n]) {
    let a = [argmin([(px[i] - cx[c]) * (py[i] - cy[c]) for c in 0..k]) for i in 0..n];
    let b = [argmax([(px[i] - cx[c]) + (cy[c] - py[i]) for c in 0..k]) for i in 0..n];
    let d = [argmin([(px[i] - cx[c]) - (py[i] - cy[c]) for c in 0..k]) for i in 0..n];
    return a, b, d;
}
# the point's check matters: an infinite px[i] minus an overflowing centre is
# NaN at one centre only
export fn scaled(px: f64[n], cx: f64[k]) -> i64[n] {
    return [argmin([px[i] - cx[c] * 1e300 for c in 0..k]) for i in 0..n];
}
# f32 (squares overflow sooner) and a scalar parameter among the inputs
fn sq(x: f32) -> f32 { return x * x; }
export fn near32(px: f32[n], cx: f32[k], s: f32) -> i64[n] {
    return [argmin([sq(px[i] - cx[c] + s) for c in 0..k]) for i in 0..n];
}
# argmins over whole arrays inside a source loop: each is a parallel loop of
# its own whose two versions codegen declares scalars in separately (found
# by make fuzz: the second version used the first's `const` scalars)
export fn rounds(x: f32[n], m: i64) -> i64 {
    var r = 0;
    for k in 0..m {
        r += argmin([f32(k % 2) * 0.75f for g in 0..3, h in 0..n]) + argmin([sq(x[h] - f32(k)) for h in 0..n]);
    }
    return r;
}
