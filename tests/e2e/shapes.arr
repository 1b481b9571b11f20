# Shapes of array parameters.  A shared size variable (a: f64[n], b: f64[n])
# means one extent argument.  Different size variables (a: f64[n],
# b: f64[m]) are independent; an elementwise operation on them needs equal
# shapes, checked at run time: a mismatch makes the call fail with a
# message, and <module>_last_error() is "" again after a successful call.

export fn shared(a: f64[n], b: f64[n]) -> f64[n] {
    return a * b + 1.0;
}

export fn different(a: f64[n], b: f64[m]) -> f64[n] {
    return a + b;
}

# no elementwise combination: any n, m are fine
export fn different_sum(a: f64[n], b: f64[m]) -> (f64, i64) {
    return sum(a) + sum(b) * 2.0, n - m;
}

# (2, 3) against (3, 2) has the same element count but is a mismatch
export fn different2d(a: f64[h, w], b: f64[p, q]) -> f64[h, w] {
    return a - b;
}

export fn dot_mismatch(a: f64[n], b: f64[m]) -> f64 {
    return dot(a, b);
}
