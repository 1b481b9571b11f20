extern "rng.h" fn next_u01(state: i64) -> f64;

export fn f(s: i64) -> f64 {
    return 1.0;
}
