# Explicit conversions f32() f64() i32() i64(), elementwise on arrays and on
# scalars.  Float -> int truncates toward zero (in-range values only);
# int -> float and f64 -> f32 round to nearest.

export fn to_int(x: f64[n]) -> (i32[n], i64[n]) {
    return i32(x), i64(x);
}

export fn to_i64_big(x: f64[n]) -> i64[n] {
    return i64(x);
}

export fn to_float(a: i64[n]) -> (f64[n], f32[n]) {
    return f64(a), f32(a);
}

export fn narrow(x: f64[n]) -> f32[n] {
    return f32(x);
}

# the product is an f64 operation on the widened value
export fn widen(y: f32[n]) -> f64[n] {
    return f64(y) * 0.1;
}

export fn f32_to_int(y: f32[n]) -> i32[n] {
    return i32(y * 2.0);
}

# in-range narrowing
export fn int_narrow(a: i64[n]) -> i32[n] {
    return i32(a);
}

# widening before the multiply: no i32 overflow
export fn i32_to_i64(a: i32[n]) -> i64[n] {
    return i64(a) * 1000000000;
}

export fn conv_scalar(x: f64, k: i64) -> (i64, f64, f32, i32) {
    return i64(x) + k, f64(k) / 4.0, f32(x), i32(k) * 2;
}
