# Comparison operators and logical operators && || ! elementwise on arrays,
# with scalar broadcasting; bool[n] results; count() of a bool array.
# Comparisons bind tighter than && and ||.

export fn cmp_all(a: f64[n], b: f64[n]) -> (bool[n], bool[n], bool[n], bool[n], bool[n], bool[n]) {
    return a < b, a <= b, a > b, a >= b, a == b, a != b;
}

export fn logic(a: f64[n], b: f64[n], t: f64) -> (bool[n], bool[n], bool[n]) {
    let p = a > t;
    let q = b < t;
    return p && q, p || !q, !(p && q) || a == b;
}

# mixed i64 / i32 comparison, literal broadcast
export fn cmp_int(k: i64[n], m: i32[n]) -> (bool[n], i64) {
    let r = k >= m && k != 3;
    return r, count(r);
}

export fn cmp_scalar_left(a: f64[n]) -> bool[n] {
    return 0.5 < a;
}

# bool arrays combined with a bool scalar
export fn with_flag(a: f64[n], flag: bool) -> bool[n] {
    return flag && a > 0.0 || !flag && a <= -1.0;
}
