# One step of Lloyd's k-means algorithm on 2-D points (px[i], py[i]) with k
# centres (cx[c], cy[c]):
#   1. assign every point to its nearest centre (squared Euclidean distance,
#      the first centre on a tie);
#   2. move every centre to the mean of the points assigned to it; a centre
#      that got no point keeps its old position.

# squared distance from point i to centre c (inlined by arrc)
fn dist2(x: f64, y: f64, cx: f64, cy: f64) -> f64 {
    let dx = x - cx;
    let dy = y - cy;
    return dx * dx + dy * dy;
}

export fn kmeans_step(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k]) -> (i64[n], f64[k], f64[k]) {
    # nearest centre of every point: a nested comprehension, argmin over clusters
    let assign = [argmin([dist2(px[i], py[i], cx[c], cy[c]) for c in 0..k]) for i in 0..n];
    # per cluster: how many points, and the sums of their coordinates
    let cnt = [count(assign == c) for c in 0..k];
    let sx = [sum(select(assign == c, px, 0.0)) for c in 0..k];
    let sy = [sum(select(assign == c, py, 0.0)) for c in 0..k];
    let ncx = [cnt[c] > 0 ? sx[c] / f64(cnt[c]) : cx[c] for c in 0..k];
    let ncy = [cnt[c] > 0 ? sy[c] / f64(cnt[c]) : cy[c] for c in 0..k];
    return assign, ncx, ncy;
}

# The k-means objective: the sum of the squared distances of the points to
# the centres they are assigned to.
export fn inertia(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k], assign: i64[n]) -> f64 {
    return sum([dist2(px[i], py[i], cx[assign[i]], cy[assign[i]]) for i in 0..n]);
}
