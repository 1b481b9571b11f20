# tests/run/k.arr — kernels for tests/run_test.sh (arrc run and arrc bench).

export fn axpy(a: f64, x: f64[n], y: f64[n]) -> f64[n] {
    return a * x + y;
}

# a 2-D f64 array, an i32 and a bool vector, a scalar; a tuple of results
export fn mix(m: f64[h, w], k: i32[w], keep: bool[w], s: f64) -> (f64[h, w], f64, i64) {
    let t = [select(keep[j], m[i, j] * f64(k[j]), s) for i in 0..h, j in 0..w];
    return t, sum(t), count(keep);
}

# a result whose length the function decides
export fn positives(x: f64[n]) -> f64[] {
    return x[x > 0.0];
}

# fails on a zero divisor: a run-time error
export fn quotient(a: i64[n], b: i64[n]) -> i64[n] {
    return a / b;
}

# an array updated in place, an i64 parameter that is an extent, complex numbers
export fn clip(a: f64[n], hi: f64) {
    for i in 0..n {
        if a[i] > hi {
            a[i] = hi;
        }
    }
}

export fn ramp(m: i64, z: c128) -> c128[m] {
    return [z * f64(i) for i in 0..m];
}
