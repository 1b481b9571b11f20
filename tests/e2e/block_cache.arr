# The block cache (runtime, arr_cache_*): the large temporaries a call frees
# are kept for the module's next calls, so a second call does not
# page-fault and zero them again; <module>_release_memory() gives them back.
# The driver counts the minor page faults of calls (getrusage) around the
# two 36 MB scan results below, calls from three threads at once, and
# checks the sums against NumPy.
# tol: 1e-15

export fn twice(x: f64[n]) -> f64 {
    let c = cumsum(x * 0.5);
    let d = cumsum(c - 1.0);
    return d[n - 1] + c[n / 2];
}
