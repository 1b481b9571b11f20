# Data movement: histogram(idx, nbins) -> i64[nbins], scatter(dest, idx, vals)
# (dest[idx[k]] = vals[k], distinct indices; it writes dest, so a dest
# parameter is not const), gather a[idx] with an i64 or i32 index array
# (result shaped like idx), argsort(keys) (stable: equal keys keep their input
# order) on f64 and i64 keys.  An index out of range in histogram, scatter or
# a gather is always a run-time error.
# tol: 1e-12

export fn hist(idx: i64[n], nbins: i64) -> i64[nbins] {
    return histogram(idx, nbins);
}

export fn hist_expr(x: f64[n], nbins: i64) -> (i64[nbins], i64) {
    let h = histogram(i64(floor(x * f64(nbins))), nbins);
    return h, sum(h);
}

export fn do_scatter(dest0: f64[n], idx: i64[m], vals: f64[m]) -> f64[n] {
    let d = copy(dest0);
    scatter(d, idx, vals);
    return d;
}

# scatter into a parameter: the caller's array is written
export fn scatter_param(dest: f64[n], idx: i64[m], vals: f64[m]) -> f64 {
    scatter(dest, idx, vals * 2.0);
    return sum(dest);
}

export fn do_gather(a: f64[n], idx: i64[m]) -> f64[m] {
    return a[idx];
}

export fn gather32(a: f64[n], idx: i32[m]) -> f64[m] {
    return a[idx];
}

# gathers in maps and reductions, a gather of a gather, a computed index array
export fn gather_expr(a: f64[n], k: i64[n], idx: i64[m]) -> (f64[m], i64[m], f64, f64[m], f64[m]) {
    return a[idx] * 2.0 + 1.0, k[idx], sum(a[idx]), a[k[idx]], a[(idx + 1) % n];
}

export fn sort_f(keys: f64[n]) -> (i64[n], f64[n]) {
    let p = argsort(keys);
    return p, keys[p];
}

export fn sort_i(keys: i64[n]) -> i64[n] {
    return argsort(keys);
}
