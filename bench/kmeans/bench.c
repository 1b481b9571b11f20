/* k-means benchmark driver.  One executable per implementation:
 *
 *   cc -DIMPL=<function> -DIMPL_LABEL='"name"'
 *      [-DIMPL_HEADER='"BUILD/km_gen.h"' -DLAST_ERROR=km_gen_last_error]
 *      bench.c <impl objects> [hand.o]
 *
 * usage: ./km_<impl> [N [K [R [DUMPDIR]]]]
 *        N points (default 1,000,000), K centres (default 16), R timed runs
 *        (default 7; 0 = check only), DUMPDIR: write the input
 *        (DUMPDIR/input.bin) and this implementation's result
 *        (DUMPDIR/out_<label>.bin) for numpy_kmeans.py to compare.
 *
 * Input: N 2-D points in K gaussian blobs (centres around a circle of radius
 * 8, standard deviations 0.6 .. 1.4) from a 64-bit LCG with Box-Muller,
 * seed 1; the K start centres are the points c*N/K (Forgy seeding).
 *
 * 1. computes a serial reference step (plain loops in this file, sums in
 *    point order);
 * 2. runs IMPL once (also the warm-up) and checks it: return code 0, the
 *    assignment identical to the reference's, every centre within 1e-9 of
 *    the reference's;
 * 3. R timed runs (omp_get_wtime), re-checks that the output did not change;
 * 4. prints a summary and one machine-readable `RESULT ...` line.
 * Exit status: 0 ok, 2 check failed, 3 IMPL returned non-zero, 1 other error.
 */
#define _POSIX_C_SOURCE 200809L
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
#include IMPL_HEADER
/* redeclare with the expected ABI: a header that disagrees fails to compile */
int IMPL(KM_PARAMS);
#endif
#ifndef IMPL
#define IMPL hand_kmeans_step
#endif
#ifndef IMPL_LABEL
#define IMPL_LABEL "hand"
#endif

#define CTOL 1e-9

static uint64_t rng_state = 1;
static double u01(void)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(rng_state >> 11) * 0x1.0p-53;
}
static double gauss(void)
{
    double u = 1.0 - u01(), v = u01();
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

/* serial reference: nearest centre (first on ties), sums in point order */
static void ref_step(int64_t n, int64_t k, const double *px, const double *py,
                     const double *cx, const double *cy, int64_t *as,
                     double *ncx, double *ncy)
{
    double *sx = calloc((size_t)k, sizeof(double)), *sy = calloc((size_t)k, sizeof(double));
    int64_t *cnt = calloc((size_t)k, sizeof(int64_t));
    if (!sx || !sy || !cnt) { fprintf(stderr, "out of memory\n"); exit(1); }
    for (int64_t i = 0; i < n; i++) {
        int64_t bc = 0;
        double best = INFINITY;
        for (int64_t c = 0; c < k; c++) {
            double dx = px[i] - cx[c], dy = py[i] - cy[c];
            double d = dx * dx + dy * dy;
            if (d < best) { best = d; bc = c; }
        }
        as[i] = bc;
        sx[bc] += px[i];
        sy[bc] += py[i];
        cnt[bc]++;
    }
    for (int64_t c = 0; c < k; c++) {
        ncx[c] = cnt[c] ? sx[c] / (double)cnt[c] : cx[c];
        ncy[c] = cnt[c] ? sy[c] / (double)cnt[c] : cy[c];
    }
    free(sx); free(sy); free(cnt);
}

/* number of differing assignments; *maxd = largest centre difference */
static int64_t compare(int64_t n, int64_t k, const int64_t *a, const double *ax,
                       const double *ay, const int64_t *b, const double *bx,
                       const double *by, double *maxd)
{
    int64_t bad = 0;
    for (int64_t i = 0; i < n; i++) bad += a[i] != b[i];
    double m = 0.0;
    for (int64_t c = 0; c < k; c++) {
        double d = fmax(fabs(ax[c] - bx[c]), fabs(ay[c] - by[c]));
        if (!(d <= m)) m = d;     /* NaN propagates */
    }
    *maxd = m;
    return bad;
}

static int write_file(const char *path, const void *h, size_t hn, const void *a,
                      size_t an, const void *b, size_t bn, const void *c,
                      size_t cn, const void *d, size_t dn)
{
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    int ok = fwrite(h, 1, hn, f) == hn && fwrite(a, 1, an, f) == an &&
             fwrite(b, 1, bn, f) == bn && fwrite(c, 1, cn, f) == cn &&
             (!d || fwrite(d, 1, dn, f) == dn);
    ok = (fclose(f) == 0) && ok;
    if (!ok) fprintf(stderr, "%s: write failed\n", path);
    return !ok;
}

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? atoll(argv[1]) : 1000000;
    int64_t k = argc > 2 ? atoll(argv[2]) : 16;
    int reps = argc > 3 ? atoi(argv[3]) : 7;
    const char *dump = argc > 4 ? argv[4] : NULL;
    if (n < 1 || k < 1 || k > n || reps < 0) {
        fprintf(stderr, "usage: %s [N [K [R [DUMPDIR]]]]\n", argv[0]);
        return 1;
    }
    size_t N = (size_t)n, K = (size_t)k;
    double *px = malloc(N * sizeof(double)), *py = malloc(N * sizeof(double));
    int64_t *as = malloc(N * sizeof(int64_t)), *ras = malloc(N * sizeof(int64_t));
    int64_t *as0 = malloc(N * sizeof(int64_t));
    double *cx = malloc(K * sizeof(double)), *cy = malloc(K * sizeof(double));
    double *bx = malloc(K * sizeof(double)), *by = malloc(K * sizeof(double));
    double *sd = malloc(K * sizeof(double));
    double *ncx = malloc(K * sizeof(double)), *ncy = malloc(K * sizeof(double));
    double *rcx = malloc(K * sizeof(double)), *rcy = malloc(K * sizeof(double));
    double *ncx0 = malloc(K * sizeof(double)), *ncy0 = malloc(K * sizeof(double));
    double *ms = malloc((size_t)(reps + 1) * sizeof(double));
    if (!px || !py || !as || !ras || !as0 || !cx || !cy || !bx || !by || !sd ||
        !ncx || !ncy || !rcx || !rcy || !ncx0 || !ncy0 || !ms) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }

    /* the input (as in examples/kmeans/main.c, but Forgy seeding) */
    for (size_t c = 0; c < K; c++) {
        double a = 6.283185307179586 * ((double)c + 0.3 * u01()) / (double)K;
        bx[c] = 8.0 * cos(a);
        by[c] = 8.0 * sin(a);
        sd[c] = 0.6 + 0.8 * u01();
    }
    for (size_t i = 0; i < N; i++) {
        size_t b = (size_t)(u01() * (double)K);
        px[i] = bx[b] + sd[b] * gauss();
        py[i] = by[b] + sd[b] * gauss();
    }
    for (size_t c = 0; c < K; c++) {
        cx[c] = px[c * N / K];
        cy[c] = py[c * N / K];
    }
    ref_step(n, k, px, py, cx, cy, ras, rcx, rcy);

#ifdef _OPENMP
    int threads = omp_get_max_threads();
#else
    int threads = 1;
#endif
    printf("%s: n=%lld k=%lld threads=%d\n", IMPL_LABEL, (long long)n, (long long)k, threads);

    /* warm-up and check */
    double t0 = wtime();
    int rc = IMPL(n, k, px, py, cx, cy, as0, ncx0, ncy0);
    double warm_ms = 1e3 * (wtime() - t0);
    if (rc != 0) {
#ifdef LAST_ERROR
        fprintf(stderr, "%s failed: %s\n", IMPL_LABEL, LAST_ERROR());
#else
        fprintf(stderr, "%s failed\n", IMPL_LABEL);
#endif
        printf("RESULT impl=%s threads=%d n=%lld k=%lld status=FAILED\n", IMPL_LABEL,
               threads, (long long)n, (long long)k);
        return 3;
    }
    double maxd;
    int64_t bad = compare(n, k, as0, ncx0, ncy0, ras, rcx, rcy, &maxd);
    printf("  check vs serial reference: %lld assignments differ, max centre diff %.3g (tol %.0e): %s\n",
           (long long)bad, maxd, CTOL, bad == 0 && maxd <= CTOL ? "ok" : "FAILED");
    if (bad != 0 || !(maxd <= CTOL)) {
        printf("RESULT impl=%s threads=%d n=%lld k=%lld status=CHECK_FAILED\n", IMPL_LABEL,
               threads, (long long)n, (long long)k);
        return 2;
    }
    if (dump) {
        char path[4096];
        int64_t hdr[2] = { n, k };
        snprintf(path, sizeof path, "%s/input.bin", dump);
        if (write_file(path, hdr, sizeof hdr, px, N * 8, py, N * 8, cx, K * 8, cy, K * 8)) return 1;
        snprintf(path, sizeof path, "%s/out_%s.bin", dump, IMPL_LABEL);
        if (write_file(path, hdr, sizeof hdr, as0, N * 8, ncx0, K * 8, ncy0, K * 8, NULL, 0)) return 1;
    }
    if (reps == 0) {
        printf("RESULT impl=%s threads=%d n=%lld k=%lld status=ok checked=1\n", IMPL_LABEL,
               threads, (long long)n, (long long)k);
        return 0;
    }

    /* timed runs */
    for (int r = 0; r < reps; r++) {
        t0 = wtime();
        rc = IMPL(n, k, px, py, cx, cy, as, ncx, ncy);
        ms[r] = 1e3 * (wtime() - t0);
        if (rc != 0) {
            fprintf(stderr, "%s failed in timed run %d\n", IMPL_LABEL, r);
            return 3;
        }
    }
    if (memcmp(as, as0, N * sizeof(int64_t)) != 0 ||
        memcmp(ncx, ncx0, K * sizeof(double)) != 0 || memcmp(ncy, ncy0, K * sizeof(double)) != 0) {
        printf("  check: output changed between runs\n");
        printf("RESULT impl=%s threads=%d n=%lld k=%lld status=CHECK_FAILED\n", IMPL_LABEL,
               threads, (long long)n, (long long)k);
        return 2;
    }
    double *sorted = malloc((size_t)reps * sizeof(double));
    if (!sorted) return 1;
    memcpy(sorted, ms, (size_t)reps * sizeof(double));
    qsort(sorted, (size_t)reps, sizeof(double), cmp_double);
    double med = reps % 2 ? sorted[reps / 2] : 0.5 * (sorted[reps / 2 - 1] + sorted[reps / 2]);
    printf("  warm-up %.2f ms; timed (ms):", warm_ms);
    for (int r = 0; r < reps; r++) printf(" %.2f", ms[r]);
    printf("\n  median %.3f ms = %.3f ns/point, min %.3f ms\n", med, 1e6 * med / (double)n, sorted[0]);
    printf("RESULT impl=%s threads=%d n=%lld k=%lld status=ok median_ms=%.4f min_ms=%.4f "
           "ns_per_point=%.4f\n", IMPL_LABEL, threads, (long long)n, (long long)k, med,
           sorted[0], 1e6 * med / (double)n);

    free(sorted); free(ms);
    free(px); free(py); free(as); free(ras); free(as0); free(cx); free(cy);
    free(bx); free(by); free(sd); free(ncx); free(ncy); free(rcx); free(rcy);
    free(ncx0); free(ncy0);
    return 0;
}
