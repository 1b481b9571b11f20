# Integer arithmetic wraps around (two's complement) in i32 and i64:
# 2147483647 + 1 == -2147483648 in i32, negation of the minimum, wrapping
# multiplication; integer sum of i32 accumulates in i64 (no i32 overflow);
# INT64_MIN / -1 wraps to INT64_MIN and INT64_MIN % -1 is 0.

export fn wrap32(a: i32[n], b: i32[n]) -> (i32[n], i32[n], i32[n], i32[n]) {
    return a + 1, a - b, a * b, -a;
}

export fn wrap64(a: i64[n], b: i64[n]) -> (i64[n], i64[n], i64[n], i64[n]) {
    return a + b, a - b, a * b, -a;
}

export fn wrap_scalar(p: i32, q: i64) -> (i32, i64, i32) {
    return p + 1, q * 3, p * p;
}

export fn sum_i32_wide(a: i32[n]) -> i64 {
    return sum(a);
}

export fn div_wrap(a: i64[n], b: i64[n]) -> (i64[n], i64[n]) {
    return a / b, a % b;
}

export fn div_wrap32(a: i32[n], b: i32[n]) -> (i32[n], i32[n]) {
    return a / b, a % b;
}
