# Pass argblock: argmin/argmax by blocks of 1024, a vector min/max of each,
# the ordered loop only over a block that may change the result (reduce
# argmax_blocked). Taken: loads, sqrt, select, abs, two reductions of one
# loop, a row's argmax inside a parallel loop when the row has a constant
# count of more than 1024, and rows of a count known at run time in a copy
# of the loop over rows behind `if (w > 1024)`. Left alone: exp (its vector
# variant may differ from the scalar one in a bit) and an integer division
# (a trap site).
# c-contains: ARR_OMP(omp simd reduction(max:arr_m0) reduction(|:arr_odd))
# c-contains: if (arr_m0 > t1_best_part || arr_odd) {  /* the block may change a result: the ordered loop over it */
# c-contains: ARR_OMP(omp simd reduction(min:arr_m0) reduction(max:arr_m1))
export fn amax(x: f64[n]) -> i64 { return argmax(x); }
export fn amask(x: f64[n], lo: f64) -> i64 { return argmin(select(x > lo, sqrt(x), 1.0e300)); }
export fn both(x: i32[n]) -> (i64, i64) { return (argmax(x), argmin(x)); }
export fn rows(a: f64[m, 2000]) -> i64[m] { return [argmax(abs(a[i, ..])) for i in 0..m]; }
export fn rowsw(a: f64[m, w]) -> i64[m] { return [argmax(abs(a[i, ..])) for i in 0..m]; }
export fn aexp(x: f64[n]) -> i64 { return argmax(exp(x)); }
export fn adiv(x: i64[n], d: i64) -> i64 { return argmax(x / d); }
