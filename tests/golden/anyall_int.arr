# any/all accumulate in an int with | and & (the bool is set after the
# loop): gcc 12 vectorises no loop with a bool reduction ("no vectype"),
# which left pass minmax's maximum of each row (its NaN flag is an any)
# one element at a time (softmax by rows 1.22x the hand C, 1.00 with the
# int). The e2e tests minmax_fast, reductions_1d, axis_reductions and
# empty_reduce check the values.
# c-contains: ARR_OMP(omp simd reduction(max:t2_v) reduction(|:arr_odd__i))
# c-contains: arr_odd__i |= (int)(slice1_e_1 != slice1_e_1);
# c-contains: ARR_OMP(omp simd reduction(&:t4_i) reduction(|:t2_i))
# c-contains: t2_i |= (int)(t1_v);
export fn rowmax(a: f64[m, n]) -> f64[m] {
    return maximum(a, 1);
}
export fn flags(x: f64[n]) -> (bool, bool) {
    return any(x > 0.5), all(x < 2.0);
}
