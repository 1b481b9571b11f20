# Integer division or remainder by zero is a run-time error (the function
# returns non-zero and sets <module>_last_error()), inside a map and on
# scalars; calls with non-zero divisors succeed.  After a successful call
# <module>_last_error() is "".

export fn safe_div(a: i64[n], b: i64[n]) -> i64[n] {
    return a / b + 1;
}

export fn safe_mod(a: i32[n], b: i32[n]) -> i32[n] {
    return a % b;
}

export fn div_scalar(p: i64, q: i64) -> i64 {
    return p / q;
}

# the divisor array is computed: contains a zero when k hits 3
export fn div_computed(a: i64[n], k: i64) -> i64[n] {
    return a / (a - k);
}
