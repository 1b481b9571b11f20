# tol: 1e-13
# structure: parfor 6, alloc 0
# structure-O0: parfor 16, alloc 10
# extern C functions: declared one by one and as a whole header, called on
# scalars and elementwise on arrays (fused into the surrounding loops).
extern "extern_calls_lib.h" fn logistic(x: f64, k: f64) -> f64;
extern "extern_calls_lib.h";

export fn act(x: f64[n], k: f64) -> f64[n] {
    return logistic(x, k) + 2.0 * logistic(x * 0.5, k);
}

export fn act_sum(x: f64[n], k: f64) -> f64 {
    return sum(logistic(x, k));
}

export fn clamp_all(v: i32[n]) -> i32[n] {
    return clampi(v, 0, 10);
}

export fn halves(x: f32[n]) -> f32[n] {
    return halve(x);
}

export fn mixes(a: i64[n]) -> i64 {
    return sum([mix64(a[i], i) for i in 0..n]);
}

export fn odd_count(a: i64[n]) -> i64 {
    return count(is_odd(a));
}

export fn scalar(x: f64) -> f64 {
    return logistic(x, 2.0);
}
