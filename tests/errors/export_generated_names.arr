# Names the generated C defines itself: the runtime's helpers, the module's
# error function (the tests compile to o.c: module 'o'), OpenMP's, and
# names reserved to the C implementation.
export fn arr_fail(x: f64) -> f64 { return x; }
export fn o_last_error(x: f64) -> f64 { return x; }
export fn omp_get_num_threads(x: f64) -> f64 { return x; }
export fn ARR_OMP(x: f64) -> f64 { return x; }
export fn _Exp(x: f64) -> f64 { return x; }
export fn fine(x: f64) -> f64 { return x; }
