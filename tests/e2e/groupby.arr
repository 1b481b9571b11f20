# tol: 0
# structure: parfor 22, alloc 20
# Sums and counts by key, `[count(key == c) for c in 0..k]` and
# `[sum(select(key == c, v, 0.0)) for c in 0..k]`, run as one pass over the
# data into per-chunk bins and a loop over the keys (the pass `groupby`):
# keys below 0 and from k up count for no key, k = 0 and empty data, more
# keys than elements, f32, work before and after in the keys' loop, and a
# key computed in the loop. Small integer values: the sums are exact in any
# order. (Without the pass, for the first four functions: parfor 5, alloc 5.)
export fn bins(key: i64[n], v: f64[n], k: i64) -> (i64[], f64[]) {
    return [count(key == c) for c in 0..k], [sum(select(key == c, v, 0.0)) for c in 0..k];
}
export fn means(key: i64[n], v: f32[n], w: f32[n], old: f32[k]) -> f32[k] {
    let cnt = [count(key == c) for c in 0..k];
    let s = [sum(select(key == c, v * w, 0.0f)) for c in 0..k];
    return [cnt[c] > 0 ? s[c] / f32(cnt[c]) : old[c] for c in 0..k];
}
export fn by_rem(x: i64[n], k: i64) -> i64[] {
    return [count([x[i] % 5 for i in 0..n] == c) for c in 0..k];
}
export fn shifted(x: i64[n], v: f64[n]) -> f64[] {
    let key = [x[i] - 2 for i in 0..n];
    return [sum(select(key == c, v, 0.0)) for c in 0..4];
}
# Keys made by a loop of their own before (they are a result too): an
# argmin key as in k-means, k = 0 (every key still made), and keys read at
# another row.
export fn nearest(x: f64[n], cx: f64[k]) -> (i64[n], i64[k], f64[k]) {
    let a = [argmin([abs(x[i] - cx[c]) for c in 0..k]) for i in 0..n];
    return a, [count(a == c) for c in 0..k], [sum(select(a == c, x, 0.0)) for c in 0..k];
}
export fn rems(x: i64[n], w: f64[k]) -> (i64[n], i64[k]) {
    let r = [x[i] % 3 for i in 0..n];
    return r, [count(r == c) for c in 0..k];
}
export fn reversed(x: i64[n], w: f64[k]) -> (i64[n], i64[k]) {
    let r = [x[i] % 4 for i in 0..n];
    return r, [count([r[n - 1 - i] for i in 0..n] == c) for c in 0..k];
}
# The loop that makes the keys runs inside the chunks when a row of it
# loops over the keys (nearest, made: parfor 1 fewer each); made's rows must
# all run for k = 0 too (its keys are a result); nearest_rev reads its keys
# at another row, so that loop stays apart.
export fn made(x: i64[n], w: i64[k]) -> (i64[n], i64[k]) {
    let a = [(x[i] + 7 + sum([w[c] * x[i] for c in 0..k])) % 5 for i in 0..n];
    return a, [count(a == c) for c in 0..k];
}
export fn nearest_rev(x: f64[n], cx: f64[k]) -> (i64[n], f64[k]) {
    let a = [argmin([abs(x[i] - cx[c]) for c in 0..k]) for i in 0..n];
    return a, [sum(select([a[n - 1 - i] for i in 0..n] == c, x, 0.0)) for c in 0..k];
}
