# Work that varies along a parallel loop (an inner loop over 0..i + 1, a
# while, a loop in one branch) is handed out in chunks of 1/256 of the
# iterations (LANGUAGE.md section 15); a uniform map keeps the static split.
# c-contains: ARR_OMP(omp parallel for firstprivate(n) schedule(dynamic, arr_dyn_chunk(0, n))
# c-contains: ARR_OMP(omp parallel for simd)
export fn prefix_sums(x: f64[n]) -> f64[n] {
    return [sum([x[j] for j in 0..i + 1]) for i in 0..n];
}
export fn twice(x: f64[n]) -> f64[n] { return x * 2.0; }
