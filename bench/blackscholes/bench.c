/* Black-Scholes benchmark driver.  One executable per implementation:
 *
 *   cc -DIMPL=<function> -DIMPL_LABEL='"name"' -DVECMATH=0|1
 *      [-DIMPL_HEADER='"BUILD/bs_gen.h"' -DLAST_ERROR=bs_gen_last_error]
 *      bench.c <impl objects> hand_fused_scalar.o hand_fused_vec.o
 *
 * usage: ./bs_<impl> [N [R [REFFILE]]]
 *        N options (default 10,000,000), R timed runs (default 7); REFFILE:
 *        after the check, write the reference hand_fused_scalar to this file
 *        (int64 n, then n float64) for the Python peers (py_bs.py).
 *
 * Inputs as in the ParallelAccelerator Black-Scholes benchmark:
 *   sptprice 42, strike 40 + i/N, rate 0.5, volatility 0.2, time 0.5.
 *
 * 1. computes the references hand_fused_scalar (scalar libm) and
 *    hand_fused_vec (libmvec);
 * 2. runs IMPL once (also the warm-up) and checks it: return code 0, every
 *    value finite, max relative difference to the gating reference below the
 *    tolerance: scalar math (VECMATH=0) vs hand_fused_scalar < 1e-12, vector
 *    math (VECMATH=1) vs hand_fused_scalar < 1e-10 (libmvec is 4-ulp);
 * 3. R timed runs (omp_get_wtime), then re-checks the output is unchanged;
 * 4. prints a human summary and one machine-readable `RESULT ...` line.
 * Exit status: 0 ok, 2 check failed, 3 IMPL returned non-zero, 1 other error.
 */
#include "common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "../bench_util.h"
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#else
#include <time.h>
#endif

#ifdef IMPL_HEADER
#include IMPL_HEADER /* the generated header: must agree with the line below */
#endif

#ifndef IMPL
#error "define IMPL (the function to benchmark)"
#endif
#ifndef IMPL_LABEL
#define STR_(x) #x
#define STR(x) STR_(x)
#define IMPL_LABEL STR(IMPL)
#endif
#ifndef VECMATH
#define VECMATH 0
#endif

/* Redeclaration: a compile error here means the generated header's
 * prototype is not the section-9 ABI. */
int IMPL(int64_t n, const double *sptprice, const double *strike,
         const double *rate, const double *volatility, const double *time,
         double *out);
#ifdef LAST_ERROR
const char *LAST_ERROR(void);
#endif

static double *alloc(int64_t n)
{
    size_t bytes = ((size_t)n * sizeof(double) + 63) / 64 * 64;
    double *p = aligned_alloc(64, bytes ? bytes : 64);
    if (!p) {
        fprintf(stderr, "out of memory (%lld doubles)\n", (long long)n);
        exit(1);
    }
    return p;
}

/* max |a-b|/|b| (|b| floored at 1e-300); *nonfinite counts non-finite a;
 * *identical counts bitwise-equal elements. */
static double maxrel(int64_t n, const double *a, const double *b,
                     int64_t *nonfinite, int64_t *identical)
{
    double m = 0.0;
    int64_t nf = 0, id = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!isfinite(a[i])) { nf++; continue; }
        if (memcmp(&a[i], &b[i], sizeof(double)) == 0) { id++; continue; }
        double d = fabs(a[i] - b[i]) / fmax(fabs(b[i]), 1e-300);
        if (!(d <= m)) m = d; /* also catches NaN */
    }
    if (nonfinite) *nonfinite = nf;
    if (identical) *identical = id;
    return nf ? INFINITY : m;
}

static int call_impl(int64_t n, double **in, double *out)
{
    int rc = IMPL(n, in[0], in[1], in[2], in[3], in[4], out);
    if (rc != 0) {
#ifdef LAST_ERROR
        fprintf(stderr, "%s returned %d: %s\n", IMPL_LABEL, rc, LAST_ERROR());
#else
        fprintf(stderr, "%s returned %d\n", IMPL_LABEL, rc);
#endif
    }
    return rc;
}

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? strtoll(argv[1], NULL, 10) : 10000000;
    int reps = argc > 2 ? atoi(argv[2]) : 7;
    const char *reffile = argc > 3 ? argv[3] : NULL;
    if (n < 1 || reps < 1) {
        fprintf(stderr, "usage: %s [N>0 [R>0 [REFFILE]]]\n", argv[0]);
        return 1;
    }
    int threads = 1;
#ifdef _OPENMP
    threads = omp_get_max_threads();
#endif

    double *in[5], *out = alloc(n), *ref_s = alloc(n), *ref_v = alloc(n);
    for (int k = 0; k < 5; k++) in[k] = alloc(n);
    /* first touch by the threads that will use the data */
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; i++) {
        in[0][i] = 42.0;                      /* sptprice   */
        in[1][i] = 40.0 + (double)i / n;      /* strike     */
        in[2][i] = 0.5;                       /* rate       */
        in[3][i] = 0.2;                       /* volatility */
        in[4][i] = 0.5;                       /* time       */
        out[i] = ref_s[i] = ref_v[i] = NAN;
    }

    /* 1. references */
    if (hand_fused_scalar(n, in[0], in[1], in[2], in[3], in[4], ref_s) ||
        hand_fused_vec(n, in[0], in[1], in[2], in[3], in[4], ref_v)) {
        fprintf(stderr, "reference failed\n");
        return 1;
    }

    /* 2. warm-up run, checked */
    double t0 = wtime();
    if (call_impl(n, in, out)) return 3;
    double warm_ms = 1e3 * (wtime() - t0);

    int64_t nf, id_s, id_v;
    double rel_s = maxrel(n, out, ref_s, &nf, &id_s);
    double rel_v = maxrel(n, out, ref_v, NULL, &id_v);
    double tol = VECMATH ? 1e-10 : 1e-12;
    int ok = nf == 0 && rel_s < tol;
    printf("%s: n=%lld threads=%d vecmath=%d\n", IMPL_LABEL, (long long)n,
           threads, VECMATH);
    printf("  check vs hand_fused_scalar: max rel diff %.3e (tol %.0e), "
           "%lld/%lld bit-identical, %lld non-finite -> %s\n",
           rel_s, tol, (long long)id_s, (long long)n, (long long)nf,
           ok ? "ok" : "FAILED");
    printf("  info  vs hand_fused_vec:    max rel diff %.3e, %lld/%lld "
           "bit-identical\n", rel_v, (long long)id_v, (long long)n);
    if (!ok) {
        printf("RESULT impl=%s threads=%d n=%lld status=CHECK_FAILED "
               "maxrel=%.3e\n", IMPL_LABEL, threads, (long long)n, rel_s);
        return 2;
    }
    if (reffile) {
        FILE *f = fopen(reffile, "wb");
        int wok = f && fwrite(&n, sizeof n, 1, f) == 1 &&
                  fwrite(ref_s, sizeof(double), (size_t)n, f) == (size_t)n;
        if (f) wok = (fclose(f) == 0) && wok;
        if (!wok) {
            perror(reffile);
            return 1;
        }
        printf("  wrote the reference hand_fused_scalar to %s\n", reffile);
    }
    /* keep the checked output to compare after timing */
    memcpy(ref_v, out, (size_t)n * sizeof(double));

    /* 3. timed runs */
    double *ms = malloc((size_t)reps * sizeof(double));
    for (int r = 0; r < reps; r++) {
        t0 = wtime();
        if (call_impl(n, in, out)) return 3;
        ms[r] = 1e3 * (wtime() - t0);
    }
    if (memcmp(ref_v, out, (size_t)n * sizeof(double)) != 0) {
        printf("  timed runs changed the output -> FAILED\n");
        printf("RESULT impl=%s threads=%d n=%lld status=CHECK_FAILED "
               "maxrel=nondeterministic\n", IMPL_LABEL, threads,
               (long long)n);
        return 2;
    }
    double checksum = 0.0;
    for (int64_t i = 0; i < n; i++) checksum += out[i];

    double *sorted = malloc((size_t)reps * sizeof(double));
    memcpy(sorted, ms, (size_t)reps * sizeof(double));
    qsort(sorted, (size_t)reps, sizeof(double), cmp_double);
    double med = reps % 2 ? sorted[reps / 2]
                          : 0.5 * (sorted[reps / 2 - 1] + sorted[reps / 2]);

    printf("  warm-up %.1f ms; timed (ms):", warm_ms);
    for (int r = 0; r < reps; r++) printf(" %.1f", ms[r]);
    printf("\n  median %.2f ms = %.3f ns/option, min %.2f ms; "
           "checksum sum(put) = %.10e\n",
           med, 1e6 * med / n, sorted[0], checksum);
    printf("RESULT impl=%s threads=%d n=%lld status=ok median_ms=%.3f "
           "min_ms=%.3f ns_per_option=%.4f checksum=%.17g maxrel=%.3e\n",
           IMPL_LABEL, threads, (long long)n, med, sorted[0], 1e6 * med / n,
           checksum, rel_s);

    free(sorted); free(ms);
    for (int k = 0; k < 5; k++) free(in[k]);
    free(out); free(ref_s); free(ref_v);
    return 0;
}
