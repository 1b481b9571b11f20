/* Matrix-product benchmark driver.  One executable per implementation and
 * element type:
 *
 *   cc -DDTYPE_f64|-DDTYPE_f32 -DIMPL=<function> -DIMPL_LABEL='"name"'
 *      [-DEXACT=1] [-DIMPL_INIT=blas_init]
 *      [-DIMPL_HEADER='"BUILD/mm_gen.h"' -DLAST_ERROR=mm_gen_last_error]
 *      bench.c <impl objects>
 *
 * usage: ./mm_<impl>_<dtype> [N [R [DUMPDIR [LABEL]]]]
 *        N: a and b are N x N (default 1000), R timed runs (default 7;
 *        0 = check only), DUMPDIR: write the input (DUMPDIR/input.bin) and
 *        this implementation's result (DUMPDIR/out_<label>.bin) for
 *        numpy_mm.py to compare; LABEL: the name in the output (default
 *        IMPL_LABEL; run.sh runs the OpenBLAS executable as two rows).
 *
 * Input: a and b uniform in [-1, 1) from a 64-bit LCG, seed 1 (a first, row
 * by row, then b), rounded to the element type.
 *
 * 1. computes a serial reference: every element the naive sum
 *    t = 0; for p: t += a[i, p] * b[p, j] (added row by row, i-p-j, which
 *    adds each element's products in the same order; this file is built
 *    with -ffp-contract=off), and checks that it equals the literal naive
 *    loop bit for bit on N elements picked at random;
 * 2. runs IMPL once (also the warm-up) and checks it: return code 0 and,
 *    with EXACT, every element bit-identical to the reference (hand, arrc);
 *    otherwise (OpenBLAS, which sums in another order) every element within
 *    TOL * |a row i| * |b column j| of it (2-norms; TOL = 2 k u, twice the
 *    worst-case error bound of a k-term dot product in any order, u the unit
 *    roundoff, as |a||b|_ij <= |a row i| |b column j|); the largest such
 *    relative difference is printed for every implementation;
 * 3. R timed runs (omp_get_wtime), re-checks that the output did not change;
 * 4. prints a summary and one machine-readable `RESULT ...` line.
 * Exit status: 0 ok, 2 check failed, 3 IMPL returned non-zero, 1 other error.
 */
#define _POSIX_C_SOURCE 200809L
#include "common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../bench_util.h"

#if defined(DTYPE_f32)
typedef float T;
#define DTYPE "f32"
#define UNIT_ROUNDOFF 0x1.0p-24
#else
typedef double T;
#define DTYPE "f64"
#define UNIT_ROUNDOFF 0x1.0p-53
#endif

#ifdef IMPL_HEADER
#include IMPL_HEADER
/* redeclare with the expected ABI: a header that disagrees fails to compile */
int IMPL(MM_PARAMS(T));
#endif
#ifndef IMPL
#error "define IMPL (the function to time)"
#endif
#ifndef IMPL_LABEL
#define IMPL_LABEL "impl"
#endif
#ifndef EXACT
#define EXACT 0
#endif

static uint64_t rng_state = 1;
static double u01(void)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(rng_state >> 11) * 0x1.0p-53;
}

/* the naive sum of every element, row by row: c[i, :] += a[i, p] * b[p, :]
 * for p = 0, 1, ... adds each element's products in increasing p from 0 */
static void ref_matmul(int64_t m, int64_t k, int64_t n, const T *a, const T *b, T *c)
{
    for (int64_t i = 0; i < m; i++) {
        T *ci = c + i * n;
        for (int64_t j = 0; j < n; j++) ci[j] = 0;
        for (int64_t p = 0; p < k; p++) {
            T aip = a[i * k + p];
            for (int64_t j = 0; j < n; j++) ci[j] += aip * b[p * n + j];
        }
    }
}

/* compares c with the reference: *bad = elements not bit-identical;
 * returns max |c - ref| / (|a row i| |b column j|) (NaN propagates) */
static double compare(int64_t m, int64_t n, const T *c, const T *ref, const double *ra,
                      const double *cb, int64_t *bad)
{
    double worst = 0.0;
    int64_t nb = 0;
    for (int64_t i = 0; i < m; i++)
        for (int64_t j = 0; j < n; j++) {
            T x = c[i * n + j], y = ref[i * n + j];
            if (memcmp(&x, &y, sizeof(T)) == 0) continue;
            nb++;
            double s = ra[i] * cb[j];
            double d = fabs((double)x - (double)y);
            double r = s > 0.0 ? d / s : (d == 0.0 ? 0.0 : INFINITY);
            if (!(r <= worst)) worst = r;
        }
    *bad = nb;
    return worst;
}

static int write_file(const char *path, const int64_t *h, size_t hn, const void *x,
                      size_t xn, const void *y, size_t yn)
{
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    int ok = fwrite(h, sizeof *h, hn, f) == hn && fwrite(x, 1, xn, f) == xn &&
             (!y || fwrite(y, 1, yn, f) == yn);
    ok = (fclose(f) == 0) && ok;
    if (!ok) fprintf(stderr, "%s: write failed\n", path);
    return !ok;
}

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? atoll(argv[1]) : 1000;
    int reps = argc > 2 ? atoi(argv[2]) : 7;
    const char *dump = argc > 3 && argv[3][0] ? argv[3] : NULL;
    const char *label = argc > 4 ? argv[4] : IMPL_LABEL;
    if (n < 1 || n > 100000 || reps < 0) {
        fprintf(stderr, "usage: %s [N [R [DUMPDIR [LABEL]]]]\n", argv[0]);
        return 1;
    }
    int64_t m = n, k = n;
    size_t NN = (size_t)n * (size_t)n;
    T *a = malloc(NN * sizeof(T)), *b = malloc(NN * sizeof(T));
    T *c = malloc(NN * sizeof(T)), *c0 = malloc(NN * sizeof(T)), *ref = malloc(NN * sizeof(T));
    double *ra = malloc((size_t)n * sizeof(double)), *cb = malloc((size_t)n * sizeof(double));
    double *ms = malloc((size_t)(reps + 1) * sizeof(double));
    if (!a || !b || !c || !c0 || !ref || !ra || !cb || !ms) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }

    /* the input, the reference and the norms */
    for (size_t i = 0; i < NN; i++) a[i] = (T)(2.0 * u01() - 1.0);
    for (size_t i = 0; i < NN; i++) b[i] = (T)(2.0 * u01() - 1.0);
    double t0 = wtime();
    ref_matmul(m, k, n, a, b, ref);
    double ref_ms = 1e3 * (wtime() - t0);
    int64_t naive_bad = 0;
    for (int64_t s = 0; s < n; s++) {    /* the literal naive loop on N elements */
        int64_t i = (int64_t)(u01() * (double)m), j = (int64_t)(u01() * (double)n);
        T t = 0;
        for (int64_t p = 0; p < k; p++) t += a[i * k + p] * b[p * n + j];
        naive_bad += memcmp(&t, &ref[i * n + j], sizeof(T)) != 0;
    }
    if (naive_bad) {
        printf("  reference: %lld of %lld sampled elements differ from the naive loop: FAILED "
               "(build bench.c with -ffp-contract=off)\n", (long long)naive_bad, (long long)n);
        return 1;
    }
    for (int64_t i = 0; i < m; i++) {
        double s = 0.0;
        for (int64_t p = 0; p < k; p++) s += (double)a[i * k + p] * (double)a[i * k + p];
        ra[i] = sqrt(s);
    }
    for (int64_t j = 0; j < n; j++) cb[j] = 0.0;
    for (int64_t p = 0; p < k; p++)
        for (int64_t j = 0; j < n; j++) cb[j] += (double)b[p * n + j] * (double)b[p * n + j];
    for (int64_t j = 0; j < n; j++) cb[j] = sqrt(cb[j]);
    const double tol = 2.0 * (double)k * UNIT_ROUNDOFF;

    int nt = threads();
    printf("%s: n=%lld dtype=%s threads=%d (reference %.0f ms, equal to the naive loop on %lld "
           "sampled elements)\n", label, (long long)n, DTYPE, nt, ref_ms, (long long)n);
#ifdef IMPL_INIT
    IMPL_INIT();
#endif

    /* warm-up and check */
    t0 = wtime();
    int rc = IMPL(m, k, n, a, b, c0);
    double warm_ms = 1e3 * (wtime() - t0);
    if (rc != 0) {
#ifdef LAST_ERROR
        fprintf(stderr, "%s failed: %s\n", label, LAST_ERROR());
#else
        fprintf(stderr, "%s failed\n", label);
#endif
        printf("RESULT impl=%s threads=%d n=%lld dtype=%s status=FAILED\n", label, nt,
               (long long)n, DTYPE);
        return 3;
    }
    int64_t bad;
    double maxrel = compare(m, n, c0, ref, ra, cb, &bad);
    int ok = EXACT ? bad == 0 : maxrel <= tol;
    if (EXACT)
        printf("  check vs naive reference: %lld of %lld elements differ (must be bit-identical), "
               "max rel diff %.3g: %s\n", (long long)bad, (long long)NN, maxrel, ok ? "ok" : "FAILED");
    else
        printf("  check vs naive reference: %lld of %lld elements differ, max |diff| / (|a_i| |b_j|) "
               "%.3g (tol 2ku = %.3g): %s\n", (long long)bad, (long long)NN, maxrel, tol,
               ok ? "ok" : "FAILED");
    if (!ok) {
        printf("RESULT impl=%s threads=%d n=%lld dtype=%s status=CHECK_FAILED\n", label,
               nt, (long long)n, DTYPE);
        return 2;
    }
    if (dump) {
        char path[4096];
        int64_t hdr[2] = { n, (int64_t)sizeof(T) };
        snprintf(path, sizeof path, "%s/input.bin", dump);
        if (write_file(path, hdr, 2, a, NN * sizeof(T), b, NN * sizeof(T))) return 1;
        snprintf(path, sizeof path, "%s/out_%s.bin", dump, label);
        if (write_file(path, hdr, 2, c0, NN * sizeof(T), NULL, 0)) return 1;
    }
    if (reps == 0) {
        printf("RESULT impl=%s threads=%d n=%lld dtype=%s status=ok checked=1 maxrel=%.3g\n",
               label, nt, (long long)n, DTYPE, maxrel);
        return 0;
    }

    /* timed runs (into c, touched first: no page faults in the first one) */
    memset(c, 0, NN * sizeof(T));
    for (int r = 0; r < reps; r++) {
        t0 = wtime();
        rc = IMPL(m, k, n, a, b, c);
        ms[r] = 1e3 * (wtime() - t0);
        if (rc != 0) {
            fprintf(stderr, "%s failed in timed run %d\n", label, r);
            return 3;
        }
    }
    if (memcmp(c, c0, NN * sizeof(T)) != 0) {
        printf("  check: output changed between runs\n");
        printf("RESULT impl=%s threads=%d n=%lld dtype=%s status=CHECK_FAILED\n", label,
               nt, (long long)n, DTYPE);
        return 2;
    }
    double *sorted = malloc((size_t)reps * sizeof(double));
    if (!sorted) return 1;
    memcpy(sorted, ms, (size_t)reps * sizeof(double));
    qsort(sorted, (size_t)reps, sizeof(double), cmp_double);
    double med = reps % 2 ? sorted[reps / 2] : 0.5 * (sorted[reps / 2 - 1] + sorted[reps / 2]);
    double gflops = 2.0 * (double)m * (double)n * (double)k / (med * 1e6);
    printf("  warm-up %.2f ms; timed (ms):", warm_ms);
    for (int r = 0; r < reps; r++) printf(" %.2f", ms[r]);
    printf("\n  median %.3f ms = %.2f GFLOP/s, min %.3f ms\n", med, gflops, sorted[0]);
    printf("RESULT impl=%s threads=%d n=%lld dtype=%s status=ok median_ms=%.4f min_ms=%.4f "
           "gflops=%.3f maxrel=%.3g\n", label, nt, (long long)n, DTYPE, med, sorted[0],
           gflops, maxrel);

    free(sorted); free(ms);
    free(a); free(b); free(c); free(c0); free(ref); free(ra); free(cb);
    return 0;
}
