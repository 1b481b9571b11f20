# The k-means sample (examples/kmeans/kmeans.arr, copied verbatim below):
# a nested comprehension with argmin over clusters, count and masked sums in
# comprehensions over clusters, a tuple result, gathers by index in inertia.
# The driver iterates kmeans_step; coordinates are multiples of 1/4, so the
# sums are exact and the centres bit-identical to NumPy's.  Cases: ties
# (the first centre wins), an empty cluster (keeps its old centre), n = 0,
# and k = 0 (argmin of an empty array: run-time error).
# tol: 1e-12
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
