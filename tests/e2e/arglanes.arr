# pass arglanes: a short argmin/argmax per row runs for 32 rows at a time,
# a row a vector lane (its result used where the row's inputs are finite,
# in a whole block of 32 rows; the other rows run the loop as before).
# Sizes around the blocks (1, 31, 32, 33, 64, 97, 1000), ties (integer
# coordinates: the first centre wins), NaN and infinite rows inside whole
# blocks, an argmax of f32, rows from 3 (blocks counted from the first
# row), one centre, and the k-means step (its chunks' rows).
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
export fn from3(px: f64[n], cx: f64[k]) -> i64[] {
    return [argmin([(px[i] - cx[c]) * (px[i] - cx[c]) for c in 0..k]) for i in 3..n];
}
export fn step(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (i64[n], f64[k], i64[k]) {
    let assign = [argmin([dist2(px[i], py[i], cx[c], cy[c]) for c in 0..k]) for i in 0..n];
    let sx = [sum(select(assign == c, px, 0.0)) for c in 0..k];
    let cnt = [count(assign == c) for c in 0..k];
    return assign, sx, cnt;
}
export fn quant(img: f64[h, w], pal: f64[k]) -> i64[h, w] {
    return [argmin([(img[i, j] - pal[c]) * (img[i, j] - pal[c]) for c in 0..k]) for i in 0..h, j in 0..w];
}
