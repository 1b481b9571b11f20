# Float-to-integer conversion at the edges of every range (LANGUAGE.md
# section 8: truncation toward zero, saturating, NaN gives 0): the maps
# (vectorised loops) and a histogram's key (a scalar loop), for f64 and
# f32 sources.

export fn edges64(x: f64[n]) -> (i64[n], i32[n], i8[n], u64[n], u32[n], u8[n]) {
    return i64(x), i32(x), i8(x), u64(x), u32(x), u8(x);
}

export fn edges32(y: f32[n]) -> (i64[n], i32[n], i16[n], u64[n], u32[n], u16[n]) {
    return i64(y), i32(y), i16(y), u64(y), u32(y), u16(y);
}

# one element at a time in a serial loop: the same conversions
export fn serial64(x: f64[n]) -> (i64[n], i32[n], u64[n], u8[n]) {
    var a = zeros(i64, n);
    var b = zeros(i32, n);
    var c = zeros(u64, n);
    var d = zeros(u8, n);
    for i in 0..n {
        a[i] = i64(x[i]);
        b[i] = i32(x[i]);
        c[i] = u64(x[i]);
        d[i] = u8(x[i]);
    }
    return a, b, c, d;
}

# keys made by a conversion and clamped, counted (pass histo's loop)
export fn keys(x: f64[n], k: i64) -> i64[k] {
    return histogram(max(min(i64(x), k - 1), 0), k);
}
