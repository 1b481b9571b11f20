/* interleaved timing harness: hand vs arrc, 1 and 2 threads, paired ratios */
#define _GNU_SOURCE
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <stdint.h>
typedef void (*runfn)(void);
static int cmpd(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static double median(double *v, int n) { double t[256]; memcpy(t, v, n * sizeof *v); qsort(t, n, sizeof *t, cmpd); return n % 2 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]); }
static uint64_t rs = 88172645463325252ULL;
static double u01(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return (double)(rs >> 11) * 0x1.0p-53; }
static void *xmalloc(size_t n) { void *p = aligned_alloc(64, (n + 63) / 64 * 64); if (!p) { perror("malloc"); exit(1); } return p; }
static double relerr(const double *a, const double *b, int64_t n) {
    double m = 0; for (int64_t i = 0; i < n; i++) { double d = fabs(a[i] - b[i]) / (fabs(b[i]) + 1e-300); if (!(d <= m)) m = d; } return m; }
static void check(const char *what, int ok) { if (!ok) { printf("CHECK FAILED: %s\n", what); exit(2); } else printf("check ok: %s\n", what); }
static void bench(const char *name, const char *size, runfn hand, runfn arrc) {
    int reps = getenv("REPS") ? atoi(getenv("REPS")) : 15;
    double th[2][64], ta[2][64], rr[2][64];
    for (int t = 0; t < 2; t++) { omp_set_num_threads(t + 1); hand(); arrc(); hand(); arrc(); }
    for (int r = 0; r < reps; r++)
        for (int t = 0; t < 2; t++) {
            omp_set_num_threads(t + 1);
            double t0, t1, t2;
            if (r & 1) { t0 = omp_get_wtime(); hand(); t1 = omp_get_wtime(); arrc(); t2 = omp_get_wtime(); th[t][r] = t1 - t0; ta[t][r] = t2 - t1; }
            else       { t0 = omp_get_wtime(); arrc(); t1 = omp_get_wtime(); hand(); t2 = omp_get_wtime(); ta[t][r] = t1 - t0; th[t][r] = t2 - t1; }
            rr[t][r] = ta[t][r] / th[t][r];
        }
    printf("RESULT %-14s %-16s hand %8.3f %8.3f  arrc %8.3f %8.3f  ratio %5.2f %5.2f\n", name, size,
           1e3 * median(th[0], reps), 1e3 * median(th[1], reps), 1e3 * median(ta[0], reps), 1e3 * median(ta[1], reps),
           median(rr[0], reps), median(rr[1], reps));
    double mh[2] = {1e9, 1e9}, ma[2] = {1e9, 1e9};
    for (int t = 0; t < 2; t++) for (int r = 0; r < reps; r++) { if (th[t][r] < mh[t]) mh[t] = th[t][r]; if (ta[t][r] < ma[t]) ma[t] = ta[t][r]; }
    printf("MINS   %-14s %-16s hand %8.3f %8.3f  arrc %8.3f %8.3f  ratio %5.2f %5.2f\n", name, size,
           1e3 * mh[0], 1e3 * mh[1], 1e3 * ma[0], 1e3 * ma[1], ma[0] / mh[0], ma[1] / mh[1]);
    fflush(stdout);
}
