# Reductions on 1-D arrays: sum prod minimum maximum mean argmin argmax
# any all count dot.  Integer sum/prod return i64 (i32 data accumulates in
# i64; i64 sums and products wrap); minimum/maximum keep the element type;
# argmin/argmax return the FIRST index of the extreme (the data has ties).
# tol: 1e-12

export fn red_f64(x: f64[n]) -> (f64, f64, f64, f64, f64, i64, i64) {
    return sum(x), prod(x), minimum(x), maximum(x), mean(x), argmin(x), argmax(x);
}

export fn red_i32(a: i32[n]) -> (i64, i64, i32, i32, i64, i64) {
    return sum(a), prod(a), minimum(a), maximum(a), argmin(a), argmax(a);
}

export fn red_i64(a: i64[n]) -> (i64, i64, i64, i64, i64, i64) {
    return sum(a), prod(a), minimum(a), maximum(a), argmin(a), argmax(a);
}

export fn red_bool(x: f64[n], t: f64) -> (bool, bool, i64, bool, bool) {
    return any(x > t), all(x > -10.0), count(x > t), any(x > 1000.0), all(x > t);
}

export fn red_dot(x: f64[n], y: f64[n]) -> f64 {
    return dot(x, y);
}

# reductions of map expressions, combined in scalar arithmetic
export fn red_expr(x: f64[n], y: f64[n]) -> (f64, f64) {
    return sum(x * y + 1.0) / mean(y), maximum(abs(x - y)) + minimum(x * 2.0);
}
