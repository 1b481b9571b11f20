# Pass arglanes: a short argmin/argmax per row (pass nanfree's version
# without NaN tracking) runs for 32 rows at a time, a row a vector lane:
# `near` (a parallel loop over points: its rows by blocks of 32 first) and
# the k-means step's chunks of rows (group-by-key: a serial loop of rows in
# each chunk), and `quant` (a 2-D comprehension: blocks along its last
# dimension), and `sq2` (`d ** 2` is a product, arr_sq_f64: exact). Left alone: `tracked` (not provably NaN-free: only the
# tracked loop) and `expd` (exp: not exact in a vector lane). The lanes' index is
# selected with bit operations: as `better ? c : at`, gcc 12 stores it with
# a masked store behind a branch on the mask.
# c-contains: t1_v_1_1 = (arr_sq_f64(px[i_7] - cx[c_1])) + (arr_sq_f64(py[i_7] - cy[c_1]));
# c-contains: lane_at[l_1] = lane_at[l_1] ^ ((lane_at[l_1] ^ c_1) & (int64_t)(0 - (uint64_t)(int64_t)lane_better));
fn dist2(x: f64, y: f64, cx: f64, cy: f64) -> f64 {
    let dx = x - cx;
    let dy = y - cy;
    return dx * dx + dy * dy;
}
export fn near(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> i64[n] {
    return [argmin([dist2(px[i], py[i], cx[c], cy[c]) for c in 0..k]) for i in 0..n];
}
export fn far32(px: f32[n], cx: f32[k]) -> i64[n] {
    return [argmax([abs(px[i] - cx[c]) for c in 0..k]) for i in 0..n];
}
export fn step(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (i64[n], f64[k]) {
    let assign = [argmin([dist2(px[i], py[i], cx[c], cy[c]) for c in 0..k]) for i in 0..n];
    let sx = [sum(select(assign == c, px, 0.0)) for c in 0..k];
    return assign, sx;
}
export fn tracked(px: f64[n], py: f64[n], cx: f64[k]) -> i64[n] {
    return [argmin([(px[i] - cx[c]) * (py[i] - cx[c]) for c in 0..k]) for i in 0..n];
}
export fn quant(img: f64[h, w], pal: f64[k]) -> i64[h, w] {
    return [argmin([(img[i, j] - pal[c]) * (img[i, j] - pal[c]) for c in 0..k]) for i in 0..h, j in 0..w];
}
export fn sq2(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> i64[n] {
    return [argmin([(px[i] - cx[c]) ** 2 + (py[i] - cy[c]) ** 2 for c in 0..k]) for i in 0..n];
}
# exp of finite inputs is not NaN (nanfree's version), but a vector exp may
# differ from the scalar one in the last bit: left alone
export fn expd(px: f64[n], cx: f64[k]) -> i64[n] {
    return [argmin([exp(px[i] - cx[c]) for c in 0..k]) for i in 0..n];
}
