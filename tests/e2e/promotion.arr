# Implicit promotion (spec section 2): i32 with i64 gives i64, an integer
# with a float gives that float type, f32 with f64 gives f64; untyped
# literals take the type their context needs (0.1 * y with y: f32 is an f32
# multiply by the f32 literal 0.1f, a * 3 with a: i32 stays i32).
# Every result here is exactly reproducible, so the default tolerance is kept
# even for f32.

export fn i32_plus_i64(a: i32[n], b: i64[n]) -> i64[n] {
    return a + b;
}

export fn i32_times_f64(a: i32[n], x: f64[n]) -> f64[n] {
    return a * x;
}

export fn i64_times_f32(b: i64[n], y: f32[n]) -> f32[n] {
    return b * y;
}

export fn f32_plus_f64(y: f32[n], x: f64[n]) -> f64[n] {
    return y + x;
}

export fn lit_f32(y: f32[n]) -> f32[n] {
    return 0.1 * y + 3;
}

# i32 arithmetic wraps in 32 bits (no widening to i64)
export fn lit_i32(a: i32[n]) -> i32[n] {
    return a * 3 + 1;
}

export fn i32_plus_i64_bcast(a: i32[n], q: i64) -> i64[n] {
    return a + q;
}

export fn i64_plus_lit_float(b: i64[n]) -> f64[n] {
    return b + 0.25;
}

export fn scalar_promo(p: i32, q: i64, y: f32, x: f64) -> (i64, f64, f32, f64) {
    return p + q, p * x, q * y, y + x;
}
