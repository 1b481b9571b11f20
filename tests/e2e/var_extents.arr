# var arrays and their extents: a var that keeps the extent of its first
# value (lowered with that extent, no run-time checks) next to vars whose
# extent changes in a loop (lowered with extents of their own).

# x and y keep f64[n]; z shrinks by one element per round
export fn mixed(a: f64[n], b: f64[n], k: i64) -> (f64[n], f64[n], f64, i64) {
    var x = a; var y = b;
    for s in 0..k {
        x = x + 0.5 * y;
        y = y * 0.5 - 0.1 * x;
    }
    var z = a;
    for s in 0..k {
        z = z[1..len(z)] + 1.0;
    }
    return x, y, sum(z), len(z);
}

# halving: the extent of x changes every round
export fn halve_sum(a: f64[n], k: i64) -> (f64, i64) {
    var x = a;
    for s in 0..k {
        let m = len(x) / 2;
        x = x[0..m] + x[m..2 * m];
    }
    return sum(x), len(x);
}

# a var rebound to another extent, then combined with a: a shape mismatch
# found at run time when (and only when) the extents differ
export fn shrink_then_add(a: f64[n], k: i64) -> f64 {
    var x = a;
    if k > 0 {
        x = x[0..len(x) - k];
    }
    return sum(x + a);
}
