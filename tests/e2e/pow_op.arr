# The ** operator.  Float ** is pow(); integer ** takes a non-negative
# exponent and wraps like repeated multiplication (0 ** 0 == 1).
# Precedence (section 5): unary minus binds tighter than **, so -x ** 2.0
# is (-x) ** 2.0; ** binds tighter than * and is right associative.
# tol: 1e-13

export fn fpow(x: f64[n], y: f64[n]) -> (f64[n], f64[n], f64[n], f64[n]) {
    return x ** y, x ** 2, -x ** 2.0, 2.0 * x ** 0.5;
}

export fn fpow_assoc(x: f64) -> (f64, f64, f64) {
    return 2.0 ** 3.0 ** 2.0, x ** 0.5 * 2.0, x ** -1.5;
}

export fn ipow(a: i64[n], e: i64[n]) -> i64[n] {
    return a ** e;
}

# k >= 0; 2 ** 31 wraps to -2147483648 and 2 ** 32 to 0 in i32
export fn ipow32(a: i32[n], k: i32[n]) -> (i32[n], i32[n]) {
    return a ** 3, 2 ** k;
}

export fn ipow_scalar(p: i64, q: i64) -> i64 {
    return p ** q;
}
