# Element counts that do not fit an i64 are run-time errors, not wrapped
# counts (found by an acceptance probe): an array of 2^32 x 2^32 elements
# (the count wraps to 0) failed to allocate nothing and then crashed, and a
# range -9e18..9e18 had a negative length.

export fn z(k: i64, m: i64) -> f64 {
    let a = zeros(f64, k, m);
    a[1, 1] = 1.0;
    return a[1, 1];
}

export fn c(k: i64, m: i64) -> f64[,] {
    return [f64(i + j) for i in 0..k, j in 0..m];
}

export fn f3(k: i64, m: i64) -> f64[,,] {
    return fill(2.0, 2, k, m);
}

export fn n(lo: i64, hi: i64) -> i64 {
    return len([i for i in lo..hi]);
}

export fn s(lo: i64, hi: i64) -> i64 {
    return sum([1 for i in lo..hi]);
}
