# The overhead guard weighs inner loops of run-time length (codegen/cg_guard.c):
# a parallel loop over rows whose body sums a row of n elements runs on the
# calling thread while m x n x an element's work is below 100000 (it counted
# the inner loop as enough work and started threads for a 4 x 5 matrix).
# Not for an inner loop whose bounds the loop changes (a triangle: 0..i) or
# reads from data (rp[i]..rp[i + 1]): those count as enough, as before.
# c-contains: if (!((double)((m)) * (1.0 + (21.0 + (n > 0 ? (double)(n) : 0.0) * (1.0 + (2.0)))) >= 100000.0)) {
# c-contains: ARR_OMP(omp parallel for firstprivate(m) schedule(dynamic, arr_dyn_chunk(0, m)))
export fn rownorm(a: f64[m, n]) -> f64[m] {
    return sqrt(sum(a * a, 1));
}

export fn tri(a: f64[m, m]) -> f64[m] {
    return [sum(a[i, 0..i]) for i in 0..m];
}

export fn csr(rp: i64[r], col: i64[k], val: f64[k], x: f64[c]) -> f64[] {
    return [sum([val[p] * x[col[p]] for p in rp[i]..rp[i + 1]]) for i in 0..r - 1];
}
