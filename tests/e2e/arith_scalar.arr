# Scalar-only functions: arithmetic on f64/i64/i32 scalars, all comparison
# operators and logical operators on scalars (bool results), and the
# conditional operator c ? a : b on scalars.

export fn fscalar(x: f64, y: f64) -> f64 {
    return (x + y) * (x - y) / (1.0 + x * x) - -y;
}

export fn iscalar(p: i64, q: i64) -> i64 {
    return (p + q) * (p - q) - 3 * p + q;
}

export fn iscalar32(p: i32, q: i32) -> i32 {
    return p * q - (p + 7) * 2;
}

export fn cmp_scalar(x: f64, y: f64) -> (bool, bool, bool, bool, bool, bool) {
    return x < y, x <= y, x > y, x >= y, x == y, x != y;
}

export fn icmp_scalar(p: i64, q: i32) -> (bool, bool, bool) {
    return p < q, p == q, p >= q;
}

export fn logic_scalar(p: bool, q: bool) -> (bool, bool, bool, bool) {
    return p && q, p || q, !p, !(p || q) == (!p && !q);
}

export fn tern_scalar(x: f64, k: i64) -> f64 {
    return x > 0.0 ? x * 2.0 : (k > 3 ? -x : 0.5);
}
