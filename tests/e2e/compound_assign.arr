# Compound assignment on every target (LANGUAGE.md section 10) and range
# stores that read the stored array (issue 11, bugs 1 and 2).
export fn g1(a: f64[n], b: f64[n]) -> f64[n] { var x = copy(a); x += b; return x; }
export fn g2(a: f64[n], b: f64[n]) -> f64[n] {
    var x = a;          # x names a's buffer: x op= e must not write into it
    x -= b;
    x *= 2.0;
    x /= 4.0;
    x += 1.0;
    return x + a;
}
export fn g3(a: i64[n]) -> i64[n] {
    var x = a * 3;
    x %= 7;
    x &= 6;
    x |= 8;
    x ^= 5;
    x <<= 2;
    x >>= 1;
    return x;
}
export fn s1(k: i64, m: i32) -> (i64, i32) {
    var x = k;
    x %= 5; x <<= 3; x |= 1; x ^= 6; x &= 61; x >>= 1;
    var y = m;
    y *= 3; y -= 100; y >>= 2; y %= 9;
    return x, y;
}
export fn e1(a: f64[n]) -> f64[n] {
    var x = copy(a);
    for i in 0..n { x[i] *= 3.0; x[i] -= 1.0; }
    return x;
}
export fn r1(a: f64[n]) -> f64[n] {
    let x = copy(a);
    x[1..n] += x[0..n - 1];
    x[0..n - 1] -= x[1..n];
    return x;
}
export fn two(v: f64[n]) -> f64[n] { v[..] = v + 1.0; v[..] = v * 2.0; return v * 1.0; }
export fn three(v: f64[n], w: f64[n]) -> f64[n] {
    w[..] = v + 1.0;
    w[..] = w * 3.0;
    v[..] = w - 2.0;
    return v + w;
}
export fn loop_acc(a: f64[n], k: i64) -> f64[n] {
    var x = zeros(f64, n);
    for i in 0..k { x += a; x *= 0.5; }
    return x;
}
