# structure: parfor 1, alloc 0
# structure-O0: parfor 6, alloc 3
# A map chain feeding several reductions: one loop, no intermediate array.
export fn stats(x: f64[n], y: f64[n]) -> (f64, f64, i64) {
    let d = x - y;
    let s = sum(d * d);
    let m = maximum(abs(d));
    let k = argmin(d);
    return s, m, k;
}
