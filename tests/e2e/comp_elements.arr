# Generators over the elements of a 1-D array (LANGUAGE.md section 15):
# alone, mixed with ranges, over slices, views and i32 arrays, in nested
# comprehensions and reductions.
export fn elems(a: f64[n], w: i32[m]) -> (f64[n], f64[m, n], f64, i64[m], f64[n]) {
    let y = [sqrt(abs(x)) + 1.0 for x in a];
    let z = [f64(k) * x for k in w, x in a];
    let s = sum([x * x for x in a[1..n]]);
    let c = [i64(k) + i for k in w, i in 0..1];
    let nested = [sum([x * q for q in a]) for x in a];
    return y, z, s, [c[j, 0] for j in 0..m], nested;
}
export fn over_temp(a: f64[n]) -> f64 {
    return maximum([x - 1.0 for x in a * 2.0]);
}
