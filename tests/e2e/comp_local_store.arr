# A comprehension body may create arrays and write them: only arrays and
# vars from outside the body are off limits.  Each element gets a fresh local
# array (element stores, a loop over it, reductions of it).
# tol: 1e-12

export fn local_arrays(x: f64[n]) -> f64[n] {
    return [{
        let t = zeros(f64, 3);
        t[0] = x[i];
        t[1] = x[i] * 2.0;
        t[2] = x[(i + 1) % n];
        sum(t) + maximum(t)
    } for i in 0..n];
}

# a local var array rebound and written inside the body
export fn local_hist(k: i64[n, m], nb: i64) -> i64[n] {
    return [{
        var h = zeros(i64, nb);
        for j in 0..m {
            h[k[i, j]] += 1;
        }
        argmax(h) * 100 + maximum(h)
    } for i in 0..n];
}
