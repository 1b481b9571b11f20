# pymod.arr — the Python wrapper's test module (tests/python/test_python.py):
# every element kind the tests pass, 2-D arrays, scalars, tuple results,
# anonymous-extent results, extents from i64 parameters and constants,
# arrays updated in place, and failures the kernel reports.

export fn axpy(a: f64, x: f64[n], y: f64[n]) -> f64[n] {
    return a * x + y;
}

export fn scale32(x: f32[n], s: f32) -> f32[n] {
    return x * s + 0.5;
}

export fn stats(x: f64[n]) -> (f64, f64, i64) {
    return sum(x), maximum(x), argmax(x);
}

export fn ints(a: i64[n], k: i64) -> (i64[n], i64) {
    return a * k + 1, sum(a);
}

export fn small(a: u8[n], b: i32[n], s: i16) -> (u8[n], i32[n]) {
    return a + u8(1), b * i32(s);
}

export fn flags(m: bool[n], x: f64[n]) -> (bool[n], i64, bool) {
    return m && (x > 0.0), count(m), any(m);
}

export fn rowsum(a: f64[h, w]) -> f64[h] {
    return sum(a, 1);
}

export fn table(x: f64[h], y: f64[w]) -> f64[h, w] {
    return [x[i] * y[j] for i in 0..h, j in 0..w];
}

export fn positives(x: f64[n]) -> f64[] {
    return x[x > 0.0];
}

export fn above(x: f64[n], t: f64) -> (i64[], f64[,], i64) {
    let idx = where(x > t);
    return idx, fill(1.5, len(idx), 2), len(idx);
}

export fn grid(k: i64) -> f64[k, k] {
    return [f64(i * k + j) for i in 0..k, j in 0..k];
}

export fn window(x: f64[k], k: i64) -> f64 {
    return sum(x) / f64(k);
}

export fn fixed(a: f64[3, n]) -> f64[n] {
    return sum(a, 0);
}

export fn addmn(a: f64[n], b: f64[m]) -> f64[n] {
    return a + b;
}

export fn idiv(a: i64[n], d: i64) -> i64[n] {
    return a / d;
}

export fn clip(a: f64[n], hi: f64) {
    for i in 0..n {
        if a[i] > hi {
            a[i] = hi;
        }
    }
}

export fn cmul(z: c128[n], w: c128) -> (c128[n], c128) {
    return z * w, sum(z);
}

export fn anon_in(a: f64[], b: f32[,]) -> f64 {
    return sum(a) + f64(sum(b));
}

export fn nothing() -> i64 {
    return 42;
}

export fn overlap(a: f64[n], b: f64[n]) {
    a[0] = b[n - 1];
}

export fn pick(m: bool, a: f64, b: f64) -> f64 {
    return m ? a : b;
}

export fn wrap(x: u64, y: i8) -> (u64, i8) {
    return x, y;
}
