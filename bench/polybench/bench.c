/* bench/polybench driver: one executable per kernel,
 *
 *   cc -DPB_<kernel> -D<DATASET>_DATASET -DGEN_HEADER='"BUILD/gen_<kernel>.h"' \
 *      bench.c BUILD/ref.o BUILD/gen_<kernel>.o
 *
 * (<kernel> with '_' for '-'; DATASET MEDIUM or LARGE, PolyBench 4.2's sizes)
 *
 * usage: BUILD/pb_<kernel> [R [THREADS...]]   (R default 5; THREADS default 1 2)
 *
 * 1. initialises two sets of buffers with PolyBench's init_array formulas
 *    (ref.c): one for the reference, one for arrc;
 * 2. the reference (ref.c: PolyBench's loops, serial, -O3 -march=native):
 *    one warm-up run, then R timed runs, each after re-initialising its
 *    inputs (untimed: the kernels work in place), the median reported;
 * 3. for each thread count (omp_set_num_threads): the arrc function once
 *    (the warm-up), its results checked against the reference's: the
 *    largest relative difference |arrc - ref| / |ref| over every element of
 *    every result (|arrc - ref| where ref is 0) must be at most TOL
 *    (default 1e-9; environment PB_TOL) and the call must return 0; then R
 *    timed runs (same re-initialisation), checked again after the last;
 * 4. prints, per implementation and thread count, one line
 *      RESULT kernel=K size=S impl=hand_c|arrc threads=T median=SEC min=SEC maxrel=E status=ok|FAILED
 *    (run.sh reads these).
 * Exit status: 0 ok, 2 results differ, 3 the arrc function failed, 1 other.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../bench_util.h"
#include "ref.h"
#ifndef GEN_HEADER
#error "define GEN_HEADER (the header arrc wrote for this kernel)"
#endif
#include GEN_HEADER

#if !defined(MEDIUM_DATASET) && !defined(LARGE_DATASET)
#define LARGE_DATASET
#endif
#ifdef MEDIUM_DATASET
#define DATASET "MEDIUM"
#define PB_SIZE(medium, large) (medium)
#else
#define DATASET "LARGE"
#define PB_SIZE(medium, large) (large)
#endif

/* Each kernel below defines:
 *   NAME             the kernel's name
 *   LEN[]            the element count of each buffer: the inputs, the
 *                    reference's scratch arrays, the arrc results
 *   OUT_REF, OUT_ARR the buffers holding the results of the reference (it
 *                    works in place, PolyBench's way) and of arrc, pairwise
 *   k_size           a description of the sizes
 *   k_init           PolyBench's init_array on a set of buffers
 *   k_ref, k_arr     one run of the reference / of the arrc function
 * The buffers are double *b[...]; (void *) passes them as ref.c's C99
 * variable-length array parameters. */
#define V (void *)

#if defined(PB_gemm)
#define NAME "gemm"
enum { NI = PB_SIZE(200, 1000), NJ = PB_SIZE(220, 1100), NK = PB_SIZE(240, 1200) };
static double alpha, beta;
/* 0 C (updated in place by the reference), 1 A, 2 B, 3 arrc's C */
static const size_t LEN[] = { NI * NJ, NI * NK, NK * NJ, NI * NJ };
static const int OUT_REF[] = { 0 }, OUT_ARR[] = { 3 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%dx%d", NI, NJ, NK); }
static void k_init(double **b) { init_gemm(NI, NJ, NK, &alpha, &beta, V b[0], V b[1], V b[2]); }
static void k_ref(double **b) { ref_gemm(NI, NJ, NK, alpha, beta, V b[0], V b[1], V b[2]); }
static int k_arr(double **b)
{
    return kernel_gemm(NI, NJ, NK, alpha, beta, b[0], b[1], b[2], b[3]);
}

#elif defined(PB_2mm)
#define NAME "2mm"
enum { NI = PB_SIZE(180, 800), NJ = PB_SIZE(190, 900), NK = PB_SIZE(210, 1100),
       NL = PB_SIZE(220, 1200) };
static double alpha, beta;
/* 0 A, 1 B, 2 C, 3 D (in place), 4 tmp (the reference's), 5 arrc's D */
static const size_t LEN[] = { NI * NK, NK * NJ, NJ * NL, NI * NL, NI * NJ, NI * NL };
static const int OUT_REF[] = { 3 }, OUT_ARR[] = { 5 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%dx%dx%d", NI, NJ, NK, NL); }
static void k_init(double **b)
{
    init_2mm(NI, NJ, NK, NL, &alpha, &beta, V b[0], V b[1], V b[2], V b[3]);
}
static void k_ref(double **b)
{
    ref_2mm(NI, NJ, NK, NL, alpha, beta, V b[4], V b[0], V b[1], V b[2], V b[3]);
}
static int k_arr(double **b)
{
    return kernel_2mm(NI, NK, NJ, NL, alpha, beta, b[0], b[1], b[2], b[3], b[5]);
}

#elif defined(PB_atax)
#define NAME "atax"
enum { M = PB_SIZE(390, 1900), N = PB_SIZE(410, 2100) };
/* 0 A, 1 x, 2 y (the reference's), 3 tmp (the reference's), 4 arrc's y */
static const size_t LEN[] = { M * N, N, N, M, N };
static const int OUT_REF[] = { 2 }, OUT_ARR[] = { 4 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", M, N); }
static void k_init(double **b) { init_atax(M, N, V b[0], b[1]); }
static void k_ref(double **b) { ref_atax(M, N, V b[0], b[1], b[2], b[3]); }
static int k_arr(double **b) { return kernel_atax(M, N, b[0], b[1], b[4]); }

#elif defined(PB_bicg)
#define NAME "bicg"
enum { M = PB_SIZE(390, 1900), N = PB_SIZE(410, 2100) };
/* 0 A (N x M), 1 r, 2 p, 3 s, 4 q (the reference's), 5 s, 6 q (arrc's) */
static const size_t LEN[] = { N * M, N, M, M, N, M, N };
static const int OUT_REF[] = { 3, 4 }, OUT_ARR[] = { 5, 6 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", M, N); }
static void k_init(double **b) { init_bicg(M, N, V b[0], b[1], b[2]); }
static void k_ref(double **b) { ref_bicg(M, N, V b[0], b[3], b[4], b[2], b[1]); }
static int k_arr(double **b) { return kernel_bicg(N, M, b[0], b[1], b[2], b[5], b[6]); }

#elif defined(PB_mvt)
#define NAME "mvt"
enum { N = PB_SIZE(400, 2000) };
/* 0 x1, 1 x2 (in place), 2 y_1, 3 y_2, 4 A, 5 x1, 6 x2 (arrc's) */
static const size_t LEN[] = { N, N, N, N, N * N, N, N };
static const int OUT_REF[] = { 0, 1 }, OUT_ARR[] = { 5, 6 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%d", N); }
static void k_init(double **b) { init_mvt(N, b[0], b[1], b[2], b[3], V b[4]); }
static void k_ref(double **b) { ref_mvt(N, b[0], b[1], b[2], b[3], V b[4]); }
static int k_arr(double **b)
{
    return kernel_mvt(N, b[4], b[0], b[1], b[2], b[3], b[5], b[6]);
}

#elif defined(PB_gesummv)
#define NAME "gesummv"
enum { N = PB_SIZE(250, 1300) };
static double alpha, beta;
/* 0 A, 1 B, 2 x, 3 tmp, 4 y (the reference's), 5 arrc's y */
static const size_t LEN[] = { N * N, N * N, N, N, N, N };
static const int OUT_REF[] = { 4 }, OUT_ARR[] = { 5 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%d", N); }
static void k_init(double **b) { init_gesummv(N, &alpha, &beta, V b[0], V b[1], b[2]); }
static void k_ref(double **b) { ref_gesummv(N, alpha, beta, V b[0], V b[1], b[3], b[2], b[4]); }
static int k_arr(double **b)
{
    return kernel_gesummv(N, alpha, beta, b[0], b[1], b[2], b[5]);
}

#elif defined(PB_covariance)
#define NAME "covariance"
enum { M = PB_SIZE(240, 1200), N = PB_SIZE(260, 1400) };
static double float_n;
/* 0 data (N x M, centred in place by the reference), 1 cov, 2 mean (the
 * reference's), 3 arrc's cov */
static const size_t LEN[] = { N * M, M * M, M, M * M };
static const int OUT_REF[] = { 1 }, OUT_ARR[] = { 3 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", M, N); }
static void k_init(double **b) { init_covariance(M, N, &float_n, V b[0]); }
static void k_ref(double **b) { ref_covariance(M, N, float_n, V b[0], V b[1], b[2]); }
static int k_arr(double **b) { return kernel_covariance(N, M, b[0], b[3]); }

#elif defined(PB_correlation)
#define NAME "correlation"
enum { M = PB_SIZE(240, 1200), N = PB_SIZE(260, 1400) };
static double float_n;
/* 0 data (in place), 1 corr, 2 mean, 3 stddev (the reference's), 4 arrc's corr */
static const size_t LEN[] = { N * M, M * M, M, M, M * M };
static const int OUT_REF[] = { 1 }, OUT_ARR[] = { 4 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", M, N); }
static void k_init(double **b) { init_correlation(M, N, &float_n, V b[0]); }
static void k_ref(double **b)
{
    ref_correlation(M, N, float_n, V b[0], V b[1], b[2], b[3]);
}
static int k_arr(double **b) { return kernel_correlation(N, M, b[0], b[4]); }

#elif defined(PB_doitgen)
#define NAME "doitgen"
enum { NQ = PB_SIZE(40, 140), NR = PB_SIZE(50, 150), NP = PB_SIZE(60, 160) };
/* 0 A (NR x NQ x NP, in place), 1 C4, 2 sum (the reference's), 3 arrc's A */
static const size_t LEN[] = { NR * NQ * NP, NP * NP, NP, NR * NQ * NP };
static const int OUT_REF[] = { 0 }, OUT_ARR[] = { 3 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%dx%d", NQ, NR, NP); }
static void k_init(double **b) { init_doitgen(NR, NQ, NP, V b[0], V b[1]); }
static void k_ref(double **b) { ref_doitgen(NR, NQ, NP, V b[0], V b[1], b[2]); }
static int k_arr(double **b) { return kernel_doitgen(NR, NQ, NP, b[0], b[1], b[3]); }

#elif defined(PB_syrk)
#define NAME "syrk"
enum { M = PB_SIZE(200, 1000), N = PB_SIZE(240, 1200) };
static double alpha, beta;
/* 0 C (in place), 1 A (N x M), 2 arrc's C */
static const size_t LEN[] = { N * N, N * M, N * N };
static const int OUT_REF[] = { 0 }, OUT_ARR[] = { 2 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", M, N); }
static void k_init(double **b) { init_syrk(N, M, &alpha, &beta, V b[0], V b[1]); }
static void k_ref(double **b) { ref_syrk(N, M, alpha, beta, V b[0], V b[1]); }
static int k_arr(double **b) { return kernel_syrk(N, M, alpha, beta, b[0], b[1], b[2]); }

#elif defined(PB_syr2k)
#define NAME "syr2k"
enum { M = PB_SIZE(200, 1000), N = PB_SIZE(240, 1200) };
static double alpha, beta;
/* 0 C (in place), 1 A, 2 B (N x M), 3 arrc's C */
static const size_t LEN[] = { N * N, N * M, N * M, N * N };
static const int OUT_REF[] = { 0 }, OUT_ARR[] = { 3 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", M, N); }
static void k_init(double **b) { init_syr2k(N, M, &alpha, &beta, V b[0], V b[1], V b[2]); }
static void k_ref(double **b) { ref_syr2k(N, M, alpha, beta, V b[0], V b[1], V b[2]); }
static int k_arr(double **b)
{
    return kernel_syr2k(N, M, alpha, beta, b[0], b[1], b[2], b[3]);
}

#elif defined(PB_fdtd_2d)
#define NAME "fdtd-2d"
enum { TMAX = PB_SIZE(100, 500), NX = PB_SIZE(200, 1000), NY = PB_SIZE(240, 1200) };
/* 0 ex, 1 ey, 2 hz (all updated in place, by both), 3 _fict_ */
static const size_t LEN[] = { NX * NY, NX * NY, NX * NY, TMAX };
static const int OUT_REF[] = { 0, 1, 2 }, OUT_ARR[] = { 0, 1, 2 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%dx%d", TMAX, NX, NY); }
static void k_init(double **b) { init_fdtd_2d(TMAX, NX, NY, V b[0], V b[1], V b[2], b[3]); }
static void k_ref(double **b) { ref_fdtd_2d(TMAX, NX, NY, V b[0], V b[1], V b[2], b[3]); }
static int k_arr(double **b) { return kernel_fdtd_2d(NX, NY, TMAX, b[0], b[1], b[2], b[3]); }

#elif defined(PB_heat_3d)
#define NAME "heat-3d"
enum { TSTEPS = PB_SIZE(100, 500), N = PB_SIZE(40, 120) };
/* 0 A, 1 B (in place, by both) */
static const size_t LEN[] = { N * N * N, N * N * N };
static const int OUT_REF[] = { 0, 1 }, OUT_ARR[] = { 0, 1 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", TSTEPS, N); }
static void k_init(double **b) { init_heat_3d(N, V b[0], V b[1]); }
static void k_ref(double **b) { ref_heat_3d(TSTEPS, N, V b[0], V b[1]); }
static int k_arr(double **b) { return kernel_heat_3d(N, TSTEPS, b[0], b[1]); }

#elif defined(PB_jacobi_1d)
#define NAME "jacobi-1d"
enum { TSTEPS = PB_SIZE(100, 500), N = PB_SIZE(400, 2000) };
/* 0 A, 1 B (in place, by both) */
static const size_t LEN[] = { N, N };
static const int OUT_REF[] = { 0, 1 }, OUT_ARR[] = { 0, 1 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", TSTEPS, N); }
static void k_init(double **b) { init_jacobi_1d(N, b[0], b[1]); }
static void k_ref(double **b) { ref_jacobi_1d(TSTEPS, N, b[0], b[1]); }
static int k_arr(double **b) { return kernel_jacobi_1d(N, TSTEPS, b[0], b[1]); }

#elif defined(PB_jacobi_2d)
#define NAME "jacobi-2d"
enum { TSTEPS = PB_SIZE(100, 500), N = PB_SIZE(250, 1300) };
/* 0 A, 1 B (in place, by both) */
static const size_t LEN[] = { N * N, N * N };
static const int OUT_REF[] = { 0, 1 }, OUT_ARR[] = { 0, 1 };
static void k_size(char *s, size_t n) { snprintf(s, n, "%dx%d", TSTEPS, N); }
static void k_init(double **b) { init_jacobi_2d(N, V b[0], V b[1]); }
static void k_ref(double **b) { ref_jacobi_2d(TSTEPS, N, V b[0], V b[1]); }
static int k_arr(double **b) { return kernel_jacobi_2d(N, TSTEPS, b[0], b[1]); }

#else
#error "define PB_<kernel>"
#endif

#define NBUF ((int)(sizeof LEN / sizeof LEN[0]))
#define NOUT ((int)(sizeof OUT_REF / sizeof OUT_REF[0]))
_Static_assert(sizeof OUT_REF == sizeof OUT_ARR, "OUT_REF and OUT_ARR pair up");

static double *alloc_set(double **b)
{
    for (int i = 0; i < NBUF; i++) {
        b[i] = calloc(LEN[i] ? LEN[i] : 1, sizeof(double));
        if (!b[i]) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
    }
    return b[0];
}

/* largest |a - r| / |r| (|a - r| where r is 0) over every result; NaN
 * anywhere gives NaN */
static double maxrel(double **ref, double **arr)
{
    double worst = 0.0;
    for (int o = 0; o < NOUT; o++) {
        const double *r = ref[OUT_REF[o]], *a = arr[OUT_ARR[o]];
        for (size_t i = 0; i < LEN[OUT_REF[o]]; i++) {
            double d = fabs(a[i] - r[i]);
            double e = r[i] != 0.0 ? d / fabs(r[i]) : d;
            if (isnan(e))
                return NAN;
            if (e > worst)
                worst = e;
        }
    }
    return worst;
}

static double median(double *t, int n)
{
    qsort(t, n, sizeof *t, cmp_double);
    return n % 2 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
}

int main(int argc, char **argv)
{
    int R = argc > 1 ? atoi(argv[1]) : 5;
    if (R < 1)
        R = 1;
    int nthr = argc > 2 ? argc - 2 : 2;
    int *thr = malloc(sizeof(int) * nthr);
    for (int i = 0; i < nthr; i++)
        thr[i] = argc > 2 ? atoi(argv[2 + i]) : i + 1;
    const char *tol_s = getenv("PB_TOL");
    double tol = tol_s && *tol_s ? atof(tol_s) : 1e-9;
    double *t = malloc(sizeof(double) * R);
    double *ref[NBUF], *arr[NBUF];
    char size[64];
    k_size(size, sizeof size);
    alloc_set(ref);
    alloc_set(arr);
    int status = 0;

    /* the reference: serial, one warm-up and R timed runs */
    k_init(ref);
    k_ref(ref);
    for (int r = 0; r < R; r++) {
        k_init(ref);
        double t0 = wtime();
        k_ref(ref);
        t[r] = wtime() - t0;
    }
    double tmin = t[0];
    for (int r = 1; r < R; r++)
        tmin = t[r] < tmin ? t[r] : tmin;
    printf("RESULT kernel=%s size=%s dataset=%s impl=hand_c threads=1 median=%.6g min=%.6g "
           "maxrel=0 status=ok\n", NAME, size, DATASET, median(t, R), tmin);
    fflush(stdout);

    for (int ti = 0; ti < nthr; ti++) {
#ifdef _OPENMP
        omp_set_num_threads(thr[ti]);
#endif
        const char *st = "ok";
        k_init(arr);
        int rc = k_arr(arr);                   /* the warm-up, checked */
        double err = maxrel(ref, arr);
        if (rc != 0) {
            fprintf(stderr, "%s: arrc kernel returned %d: %s\n", NAME, rc, GEN_LAST_ERROR());
            st = "FAILED(rc)";
            status = 3;
        } else if (!(err <= tol)) {
            fprintf(stderr, "%s: arrc and the reference differ: max relative error %.3g > %.3g\n",
                    NAME, err, tol);
            st = "FAILED(check)";
            status = 2;
        } else {
            for (int r = 0; r < R; r++) {
                k_init(arr);
                double t0 = wtime();
                rc |= k_arr(arr);
                t[r] = wtime() - t0;
            }
            double err2 = maxrel(ref, arr);
            if (rc != 0 || !(err2 <= tol)) {
                fprintf(stderr, "%s: a timed run failed or changed its result (rc %d, "
                        "max relative error %.3g)\n", NAME, rc, err2);
                st = "FAILED(timed run)";
                status = 2;
            }
            err = err > err2 ? err : err2;
        }
        if (strcmp(st, "ok") == 0) {
            tmin = t[0];
            for (int r = 1; r < R; r++)
                tmin = t[r] < tmin ? t[r] : tmin;
            printf("RESULT kernel=%s size=%s dataset=%s impl=arrc threads=%d median=%.6g "
                   "min=%.6g maxrel=%.3g status=ok\n", NAME, size, DATASET, threads(),
                   median(t, R), tmin, err);
        } else {
            printf("RESULT kernel=%s size=%s dataset=%s impl=arrc threads=%d median=- min=- "
                   "maxrel=%.3g status=%s\n", NAME, size, DATASET, thr[ti], err, st);
        }
        fflush(stdout);
    }
    for (int i = 0; i < NBUF; i++) {
        free(ref[i]);
        free(arr[i]);
    }
    free(t);
    free(thr);
    return status;
}
