# argmin/argmax over floats update the best value, its index and the first
# NaN's index with selects, not ifs, so that gcc keeps the loop branch-free
# (minsd and cmov; the if form cost k-means' assignment about 25%).
# c-contains: { const bool arr_better = t1_v < t2_best; t2 = arr_better ? c : t2; t2_best = arr_better ? t1_v : t2_best; }
# c-contains: t2_nan = (t2_nan < 0 && t1_v != t1_v) ? c : t2_nan;
export fn nearest(px: f64[n], cx: f64[k]) -> i64[n] {
    return [argmin([(px[i] - cx[c]) * (px[i] - cx[c]) for c in 0..k]) for i in 0..n];
}
