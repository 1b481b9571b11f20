# A stencil's rounds: the overhead guard decides once for all rounds (every
# round has the same extents) between a copy that runs every round on this
# thread, with no OpenMP at all, and one parallel region in which every
# thread rotates its own copy of the buffer pointers, so a round costs one
# barrier (its loop's) and no `omp single` (issue 14: PolyBench jacobi-1d
# was 10x slower than its serial C at small sizes).
# flags: --stencil-tile=off
# c-contains: if (10 * (i_end - 1) < 20000 || (double)(10 * (i_end - 1)) * (double)(steps) < 100000.0) {
# c-contains: /* each thread rotates its own copy of the buffers: one barrier a round, no single */
# c-contains: arr_own_bb[i] = 0.33333 * (arr_own_aa[(i - 1)] + arr_own_aa[i] + arr_own_aa[(i + 1)]);
# c-contains: ARR_OMP(omp single nowait)
export fn jacobi1d(a: f64[n], b: f64[n], steps: i64) {
    runStencil(b, a, steps, :oob_skip) |bb, aa| {
        bb[0] = 0.33333 * (aa[-1] + aa[0] + aa[1]);
        return aa, bb;
    }
}
