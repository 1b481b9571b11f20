# Elementwise builtins on integer arrays keep the integer type:
# abs, sign (-1 / 0 / 1), min, max, with literal and scalar broadcasting.

export fn abs_sign64(a: i64[n]) -> (i64[n], i64[n]) {
    return abs(a), sign(a);
}

export fn abs_sign32(b: i32[n]) -> (i32[n], i32[n]) {
    return abs(b), sign(b);
}

export fn minmax64(a: i64[n], c: i64[n]) -> (i64[n], i64[n], i64[n], i64[n]) {
    return min(a, c), max(a, c), max(a, 0), min(3, c);
}

export fn minmax32(b: i32[n], d: i32[n], s: i32) -> (i32[n], i32[n]) {
    return min(b, d), max(b, s);
}

# clamp built from min and max, mixed i32/i64 operands give i64
export fn clamp_mixed(b: i32[n], lo: i64, hi: i64) -> i64[n] {
    return min(max(b, lo), hi);
}
