# The conditional operator c ? a : b and select(c, a, b), elementwise with
# an array condition, broadcasting scalar branches; a scalar bool condition
# with array branches; nesting.

export fn tern(a: f64[n], b: f64[n]) -> (f64[n], f64[n]) {
    return a > b ? a : b, a > 0.0 ? a * 2.0 : -1.0;
}

export fn sel(a: f64[n], b: f64[n], t: f64) -> (f64[n], i64[n], f64[n]) {
    return select(a < t, a, b), select(b >= 0.0, 1, -1), select(a == b, 0.5, a - b);
}

export fn nested(a: f64[n]) -> f64[n] {
    return a < -1.0 ? -1.0 : (a > 1.0 ? 1.0 : a);
}

export fn tern_int(k: i64[n], s: i64) -> i64[n] {
    return k % 2 == 0 ? k / 2 : 3 * k + s;
}

export fn tern_scalar_cond(a: f64[n], flag: bool) -> f64[n] {
    return flag ? a : -a;
}

# the condition is a bool array argument
export fn sel_mask(m: bool[n], a: i32[n]) -> (i32[n], i32[n]) {
    return select(m, a, -a), m ? a : a + 100;
}
