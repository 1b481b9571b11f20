/* Blur benchmark driver.  One executable per implementation:
 *
 *   cc -DIMPL=<function> -DIMPL_LABEL='"name"'
 *      [-DIMPL_HEADER='"BUILD/bl_gen.h"' -DLAST_ERROR=bl_gen_last_error]
 *      bench.c <impl objects>
 *
 * usage: ./bl_<impl> [H [W [ROUNDS [R [DUMPDIR]]]]]
 *        an H x W f32 image (default 4096 x 4096), ROUNDS iterations of the
 *        blur per call (default 20), R timed calls (default 7; 0 = check
 *        only), DUMPDIR: see below.
 *
 * Input: pixel k (row-major) is splitmix64(k) scaled to [0, 1), written in
 * parallel by rows (first touch by the threads that use it).
 *
 * R = 0 (check): computes a serial reference (plain loops in this file:
 *   copy, ROUNDS rounds over the interior with the two buffers swapped, the
 *   last round's output), runs IMPL once and requires bitwise equality of
 *   the result and of img after the call (the stencil updates it in place);
 *   with DUMPDIR writes DUMPDIR/input.bin and DUMPDIR/out_<label>.bin (each
 *   int64 h, w, rounds, then h*w float32) for run.sh and py_blur.py.
 * R > 0 (timing): one warm-up call, then R timed calls (omp_get_wtime), each
 *   on a fresh copy of the input (restored outside the timed region: img is
 *   written by the call); every output must equal the warm-up's bit for bit,
 *   and, when DUMPDIR/out_<label>.bin exists, the output of the check run
 *   (made with another thread count).  Prints the times, the median per call
 *   and per round, and one machine-readable `RESULT ...` line.
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
int IMPL(BLUR_PARAMS);
#endif
#ifndef IMPL
#define IMPL hand_blur
#endif
#ifndef IMPL_LABEL
#define IMPL_LABEL "hand"
#endif

static float *alloc(size_t n)
{
    float *p = malloc(n * sizeof(float));
    if (!p) {
        fprintf(stderr, "out of memory (%zu floats)\n", n);
        exit(1);
    }
    return p;
}

/* row-parallel copy (keeps the pages with the threads that use them) */
static void pcopy(float *dst, const float *src, int64_t h, int64_t w)
{
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < h; i++)
        memcpy(dst + i * w, src + i * w, (size_t)w * sizeof(float));
}

/* The serial reference: the sample's semantics written out plainly. */
static void ref_blur(int64_t h, int64_t w, float *img, int64_t rounds, float *out)
{
    size_t n = (size_t)(h * w);
    float *buf = alloc(n);
    memcpy(buf, img, n * sizeof(float));
    float *b = buf, *a = img;
    for (int64_t r = 0; r < rounds; r++) {
        for (int64_t i = 2; i < h - 2; i++)
            for (int64_t j = 2; j < w - 2; j++) {
                const float *c = a + i * w + j;
                b[i * w + j] =
                    0.0030f * (c[-2 * w - 2] + c[-2 * w + 2] + c[2 * w - 2] + c[2 * w + 2])
                    + 0.0133f * (c[-2 * w - 1] + c[-2 * w + 1] + c[-w - 2] + c[-w + 2]
                               + c[w - 2] + c[w + 2] + c[2 * w - 1] + c[2 * w + 1])
                    + 0.0219f * (c[-2 * w] + c[2 * w] + c[-2] + c[2])
                    + 0.0596f * (c[-w - 1] + c[-w + 1] + c[w - 1] + c[w + 1])
                    + 0.0983f * (c[-w] + c[w] + c[-1] + c[1])
                    + 0.1621f * c[0];
            }
        float *t = a;
        a = b;
        b = t;
    }
    /* after the last swap, a holds what the last round wrote */
    memcpy(out, rounds > 0 ? a : buf, n * sizeof(float));
    free(buf);
}

/* elements whose bits differ (all, and those in the interior) */
static int64_t ndiff(int64_t h, int64_t w, const float *x, const float *y, int64_t *interior)
{
    int64_t all = 0, in = 0;
    for (int64_t i = 0; i < h; i++)
        for (int64_t j = 0; j < w; j++)
            if (memcmp(&x[i * w + j], &y[i * w + j], sizeof(float)) != 0) {
                all++;
                in += i >= 2 && i < h - 2 && j >= 2 && j < w - 2;
            }
    if (interior) *interior = in;
    return all;
}

static int write_bin(const char *path, int64_t h, int64_t w, int64_t rounds, const float *v)
{
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    int64_t hdr[3] = { h, w, rounds };
    size_t n = (size_t)(h * w);
    int ok = fwrite(hdr, sizeof hdr, 1, f) == 1 && fwrite(v, sizeof(float), n, f) == n;
    ok = (fclose(f) == 0) && ok;
    if (!ok) fprintf(stderr, "%s: write failed\n", path);
    return !ok;
}

/* 1 if path holds (h, w, rounds) and exactly v; 0 if it differs; -1 if absent */
static int same_as_file(const char *path, int64_t h, int64_t w, int64_t rounds,
                        const float *v, float *scratch)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    int64_t hdr[3];
    size_t n = (size_t)(h * w);
    int ok = fread(hdr, sizeof hdr, 1, f) == 1 && hdr[0] == h && hdr[1] == w &&
             hdr[2] == rounds && fread(scratch, sizeof(float), n, f) == n;
    fclose(f);
    return ok && memcmp(scratch, v, n * sizeof(float)) == 0;
}

static int call_impl(int64_t h, int64_t w, float *img, int64_t rounds, float *out)
{
    int rc = IMPL(h, w, img, rounds, out);
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
    int64_t h = argc > 1 ? atoll(argv[1]) : 4096;
    int64_t w = argc > 2 ? atoll(argv[2]) : 4096;
    int64_t rounds = argc > 3 ? atoll(argv[3]) : 20;
    int reps = argc > 4 ? atoi(argv[4]) : 7;
    const char *dump = argc > 5 ? argv[5] : NULL;
    if (h < 1 || w < 1 || rounds < 1 || reps < 0) {
        fprintf(stderr, "usage: %s [H [W [ROUNDS [R [DUMPDIR]]]]]\n", argv[0]);
        return 1;
    }
    size_t n = (size_t)(h * w);
#ifdef _OPENMP
    int threads = omp_get_max_threads();
#else
    int threads = 1;
#endif
    float *orig = alloc(n), *img = alloc(n), *out = alloc(n), *first = alloc(n);
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < h; i++)
        for (int64_t j = 0; j < w; j++) {
            uint64_t z = (uint64_t)(i * w + j) + 0x9e3779b97f4a7c15ULL;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            z ^= z >> 31;
            orig[i * w + j] = (float)(z >> 40) * 0x1.0p-24f;   /* [0, 1) */
            img[i * w + j] = out[i * w + j] = first[i * w + j] = 0.0f;
        }
    printf("%s: %lld x %lld f32, %lld rounds, threads=%d\n", IMPL_LABEL, (long long)h,
           (long long)w, (long long)rounds, threads);
    char path[4096];

    if (reps == 0) {
        /* check against the serial reference */
        float *ref_img = alloc(n), *ref_out = alloc(n);
        memcpy(ref_img, orig, n * sizeof(float));
        double t0 = wtime();
        ref_blur(h, w, ref_img, rounds, ref_out);
        double ref_ms = 1e3 * (wtime() - t0);
        pcopy(img, orig, h, w);
        memset(out, 0xff, n * sizeof(float));   /* NaN: unwritten shows */
        t0 = wtime();
        if (call_impl(h, w, img, rounds, out)) {
            printf("RESULT impl=%s threads=%d status=FAILED\n", IMPL_LABEL, threads);
            return 3;
        }
        double ms = 1e3 * (wtime() - t0);
        int64_t in_out, in_img;
        int64_t d_out = ndiff(h, w, out, ref_out, &in_out);
        int64_t d_img = ndiff(h, w, img, ref_img, &in_img);
        int ok = d_out == 0 && d_img == 0;
        printf("  check vs serial reference (%.0f ms; %s %.0f ms): result %lld of %lld "
               "values differ (%lld in the interior), img after the call %lld differ: %s\n",
               ref_ms, IMPL_LABEL, ms, (long long)d_out, (long long)n, (long long)in_out,
               (long long)d_img, ok ? "ok, bit-identical" : "FAILED");
        if (dump) {
            snprintf(path, sizeof path, "%s/input.bin", dump);
            if (write_bin(path, h, w, rounds, orig)) return 1;
            snprintf(path, sizeof path, "%s/out_%s.bin", dump, IMPL_LABEL);
            if (write_bin(path, h, w, rounds, out)) return 1;
        }
        printf("RESULT impl=%s threads=%d status=%s checked=1\n", IMPL_LABEL, threads,
               ok ? "ok" : "CHECK_FAILED");
        free(ref_img); free(ref_out);
        free(orig); free(img); free(out); free(first);
        return ok ? 0 : 2;
    }

    /* warm-up */
    pcopy(img, orig, h, w);
    double t0 = wtime();
    if (call_impl(h, w, img, rounds, first)) {
        printf("RESULT impl=%s threads=%d status=FAILED\n", IMPL_LABEL, threads);
        return 3;
    }
    double warm_ms = 1e3 * (wtime() - t0);
    if (dump) {
        snprintf(path, sizeof path, "%s/out_%s.bin", dump, IMPL_LABEL);
        int same = same_as_file(path, h, w, rounds, first, out);
        if (same >= 0)
            printf("  check vs %s (the checked output): %s\n", path,
                   same ? "ok, bit-identical" : "FAILED");
        if (same == 0) {
            printf("RESULT impl=%s threads=%d status=CHECK_FAILED\n", IMPL_LABEL, threads);
            return 2;
        }
    }

    double *ms = malloc((size_t)reps * sizeof(double)), *sorted = malloc((size_t)reps * sizeof(double));
    if (!ms || !sorted) return 1;
    int changed = 0;
    for (int r = 0; r < reps; r++) {
        pcopy(img, orig, h, w);
        t0 = wtime();
        if (call_impl(h, w, img, rounds, out)) return 3;
        ms[r] = 1e3 * (wtime() - t0);
        changed |= memcmp(out, first, n * sizeof(float)) != 0;
    }
    if (changed) {
        printf("  check: the output changed between runs -> FAILED\n");
        printf("RESULT impl=%s threads=%d status=CHECK_FAILED\n", IMPL_LABEL, threads);
        return 2;
    }
    memcpy(sorted, ms, (size_t)reps * sizeof(double));
    qsort(sorted, (size_t)reps, sizeof(double), cmp_double);
    double med = reps % 2 ? sorted[reps / 2] : 0.5 * (sorted[reps / 2 - 1] + sorted[reps / 2]);
    printf("  warm-up %.1f ms; timed (ms):", warm_ms);
    for (int r = 0; r < reps; r++) printf(" %.1f", ms[r]);
    printf("\n  median %.2f ms per call = %.3f ms per round (%.3f ns/pixel), min %.2f ms\n",
           med, med / (double)rounds, 1e6 * med / (double)rounds / (double)n, sorted[0]);
    printf("RESULT impl=%s threads=%d status=ok rounds=%lld median_ms=%.4f min_ms=%.4f "
           "ms_per_round=%.4f\n", IMPL_LABEL, threads, (long long)rounds, med, sorted[0],
           med / (double)rounds);
    free(ms); free(sorted);
    free(orig); free(img); free(out); free(first);
    return 0;
}
