# structure: parfor 7, alloc 0
# Loop-invariant loop nests move out of the loops around them (pass hoist):
# the sum runs once before the comprehension, under `if (0 < n)`; the
# maximum moves out of the sum's loop and then out of the serial loop.
# Left alone: a sum of an array the loop writes, a nest that may fail.
export fn normalize(x: f64[n]) -> f64[n] { return [x[i] / sum(x) for i in 0..n]; }
export fn twice_out(x: f64[n], r: i64) -> f64 {
    var s = 0.0;
    for k in 0..r {
        s += sum([x[i] * maximum(x) for i in 0..n]) + f64(k);
    }
    return s;
}
export fn written(x: f64[n], y: f64[n]) -> f64 {
    var s = 0.0;
    for k in 0..n {
        y[k] = 1.0;
        s += sum(y);
    }
    return s;
}
export fn may_fail(x: f64[n], k: i64[n], d: i64) -> f64[n] {
    return [x[i] + f64(sum(k / d)) for i in 0..n];
}
# the inner loop carries a from one run to the next (a wrong answer if moved): it stays
export fn carried(x: f64[n], r: i64) -> f64 {
    var a = 0.0;
    for k in 0..r {
        for j in 0..n {
            a += x[j];
        }
    }
    return a;
}
