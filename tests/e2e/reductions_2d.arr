# Reductions over every element of 2-D arrays; argmin/argmax return the
# flat row-major index of the FIRST extreme (the data has ties).
# tol: 1e-12

export fn red2(a: f64[h, w]) -> (f64, f64, f64, f64, i64, i64, f64) {
    return sum(a), minimum(a), maximum(a), mean(a), argmin(a), argmax(a), prod(a);
}

export fn red2_int(k: i32[h, w]) -> (i64, i64, i64, i64, i32) {
    return sum(k), argmin(k), argmax(k), count(k > 0), maximum(k);
}

export fn red2_bool(a: f64[h, w], t: f64) -> (bool, bool, i64) {
    return any(a > t), all(a > 0.9), count(a >= t);
}

# a reduction of a 2-D map with a broadcast scalar
export fn red2_expr(a: f64[h, w], b: f64[h, w], s: f64) -> f64 {
    return sum(a * b - s) / f64(h * w);
}
