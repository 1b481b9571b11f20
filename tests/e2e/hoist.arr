# tol: 0
# structure: parfor 10, alloc 1
# A loop nest that does not depend on the loop around it runs once, before
# it (the pass `hoist`): a reduction inside a comprehension's element, two
# levels out of a serial loop, the loop's trip guarding it (n = 0 runs
# nothing). Left inside: a nest reading what the loop writes, one after a
# statement that may fail, one that may fail itself. Small integer values,
# so sums are exact in any order. (Without the pass the reductions run once
# per element: the same values, n times the work.)
export fn normalize(x: f64[n]) -> f64[n] { return [x[i] / sum(x) for i in 0..n]; }
export fn center(a: f64[n, m]) -> f64[n, m] {
    return [a[i, j] * f64(n * m) - sum(a) for i in 0..n, j in 0..m];
}
export fn twice_out(x: f64[n], r: i64) -> f64 {
    var s = 0.0;
    for k in 0..r {
        s += sum([x[i] * maximum(x) for i in 0..n]) + f64(k);
    }
    return s;
}
# x is written in the loop: its sum stays inside
export fn written(x: f64[n]) -> f64 {
    var y = copy(x);
    var s = 0.0;
    for k in 0..n {
        y[k] = 1.0;
        s += sum(y);
    }
    return s;
}
# the division may fail (d = 0): the nest stays where it was
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
