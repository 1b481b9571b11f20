# One k-means step on 2-D points: assignment by a nested comprehension with
# argmin, per-cluster counts with count(assign == c) and masked sums with
# select inside comprehensions over the clusters, the new centers (an empty
# cluster keeps its old center), and the inertia through a scalar index
# nx[assign[i]].
# tol: 1e-12

export fn kmeans_step(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k])
        -> (i64[n], i64[k], f64[k], f64[k], f64) {
    let assign = [argmin([(px[i] - cx[c]) ** 2.0 + (py[i] - cy[c]) ** 2.0 for c in 0..k]) for i in 0..n];
    let counts = [count(assign == c) for c in 0..k];
    let sx = [sum(select(assign == c, px, 0.0)) for c in 0..k];
    let sy = [sum(select(assign == c, py, 0.0)) for c in 0..k];
    let nx = [counts[c] > 0 ? sx[c] / f64(counts[c]) : cx[c] for c in 0..k];
    let ny = [counts[c] > 0 ? sy[c] / f64(counts[c]) : cy[c] for c in 0..k];
    let inertia = sum([(px[i] - nx[assign[i]]) ** 2.0 + (py[i] - ny[assign[i]]) ** 2.0 for i in 0..n]);
    return assign, counts, nx, ny, inertia;
}
