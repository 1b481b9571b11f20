extern "../e2e/extern_calls_lib.h" fn logistic(x: f64) -> f64;
extern "../e2e/extern_calls_lib.h" fn sum_ptr(p: f64, n: i64) -> f64;
extern "../e2e/extern_calls_lib.h" fn not_there(x: f64) -> f64;
extern "../e2e/extern_calls_lib.h" fn clampi(v: i64, lo: i64, hi: i64) -> i64;

export fn f(x: f64) -> f64 {
    return x;
}
