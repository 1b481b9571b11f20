# arrc --emit=sig (sig.sig): size variables, anonymous extents, an i64
# parameter used as an extent, constant extents, an array written in place,
# scalar results and results whose extents the function decides.
export fn kinds(x: f64[n, 3], y: f32[], k: i64, flags: bool[k], z: c64) -> (f64[n, 3], i64[], f32[k, ], u8, c64) {
    let idx = [i for i in 0..k];
    let t = [y[j] for i in 0..k, j in 0..len(y)];
    return x * 2.0, idx[flags], t, u8(1), z;
}

export fn setall(a: i32[n], v: i32) {
    a[0..n] = v;
}

export fn one() -> f64 {
    return 1.0;
}
