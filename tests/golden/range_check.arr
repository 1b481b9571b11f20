# A bounds check `b >= 0 && b < k` against an extent (never negative) is one
# unsigned comparison in C (codegen/cg_expr.c, unsigned_range_check): here a
# histogram's key, in the serial loop and in its chunks (pass histo: there
# it picks the key's column or the failing elements' column k).  A
# check against a value that may be negative keeps both comparisons.  The
# chunks' loop takes the bin count k as firstprivate (codegen/cg_loop.c:
# clang reloaded the shared k after every bin's store).
# c-contains: ARR_OMP(omp parallel for firstprivate(k))
# c-contains: keys[(k_1_2 - e0)] = ((((uint64_t)t5_1 < (uint64_t)k)) ? t5_1 : k);
# c-contains: if (!(((uint64_t)t5 < (uint64_t)k))) {
# c-contains: if (!((t3 >= 0) && (t3 < t1))) {
export fn hist(x: f64[n], k: i64) -> i64[k] {
    let b = min(i64(x * f64(k)), k - 1);
    return histogram(b, k);
}

export fn scat(idx: i64[n], v: f64[n], k: i64) -> f64 {
    var e = zeros(f64, k - 1);
    scatter(e, idx, v);
    return sum(e);
}
