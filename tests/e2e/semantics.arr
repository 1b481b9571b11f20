# Semantics the spec leaves to the implementation, and ones it fixes:
#   minimum/maximum propagate NaN (as NumPy's do);
#   && || and ?: evaluate their right operand only when needed, even when it
#   is an inlined call that could fail;
#   more than eight results;
#   storing through a var that aliases a parameter writes the caller's array.
export fn nanmm(x: f64[n]) -> (f64, f64, f64, f64) {
    return minimum(x), maximum(x), minimum(abs(x)), max(x[0], x[1]);
}

fn risky(k: i64) -> bool {
    return 10 / k > 1;
}

export fn shortc(k: i64) -> (bool, bool, i64) {
    let a = k != 0 && risky(k);
    let b = k == 0 || risky(k);
    let c = k == 0 ? -1 : 100 / k;
    return a, b, c;
}

export fn many(a: i64) -> (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) {
    return a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7, a + 8, a + 9;
}

export fn poke(a: f64[n], v: f64) {
    var x = a;
    x[0] = v;
}
