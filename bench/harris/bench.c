/* Harris benchmark driver.  One executable per implementation:
 *
 *   cc -DIMPL=<function> -DIMPL_LABEL='"name"'
 *      [-DIMPL_HEADER='"BUILD/hr_gen.h"' -DLAST_ERROR=hr_gen_last_error]
 *      bench.c <impl objects>
 *
 * usage: ./hr_<impl> [H [W [R [DUMPDIR]]]]
 *        an H x W f32 image (default 2048 x 2048), R timed calls after a
 *        warm-up (default 7; 0 = run once and dump only), DUMPDIR: with R = 0
 *        writes DUMPDIR/input.bin and DUMPDIR/out_<label>.bin (int64 h, w,
 *        then h*w float32) for py_harris.py, which checks every version
 *        against the others.
 *
 * Input: a grid of 16 x 16 bright squares of varying brightness on a dark
 * background (corners and edges) plus splitmix64 noise of amplitude 0.05
 * (texture everywhere), written in parallel by rows.  k = 0.04.
 * Timing: every output must equal the warm-up's bit for bit.  Prints the
 * times, the median and one machine-readable `RESULT ...` line.
 * Exit status: 0 ok, 2 outputs differ between calls, 3 IMPL failed, 1 other. */
#define _POSIX_C_SOURCE 200809L
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../bench_util.h"

#ifdef IMPL_HEADER
#include IMPL_HEADER
/* redeclare with the expected ABI: a header that disagrees fails to compile */
int IMPL(HARRIS_PARAMS);
#endif
#ifndef IMPL
#define IMPL hand_harris
#endif
#ifndef IMPL_LABEL
#define IMPL_LABEL "hand"
#endif

static uint64_t splitmix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

static float *alloc(size_t n)
{
    float *p = malloc(n * sizeof(float));
    if (!p) {
        fprintf(stderr, "out of memory (%zu floats)\n", n);
        exit(1);
    }
    return p;
}

static void make_image(float *img, int64_t h, int64_t w)
{
    int64_t ch = h / 16 > 0 ? h / 16 : 1, cw = w / 16 > 0 ? w / 16 : 1;
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < h; i++)
        for (int64_t j = 0; j < w; j++) {
            int64_t gi = i / ch, gj = j / cw, oi = i % ch, oj = j % cw;
            int in = oi >= ch / 4 && oi < ch - ch / 4 && oj >= cw / 4 &&
                     oj < cw - cw / 4;
            float v = in ? 0.5f + 0.05f * (float)((gi * 5 + gj * 3) % 11) : 0.1f;
            uint64_t r = splitmix64((uint64_t)(i * w + j));
            img[i * w + j] = v + 0.05f * (float)(r >> 40) * (1.0f / 16777216.0f);
        }
}

static int dump(const char *dir, const char *name, const float *a, int64_t h, int64_t w)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    int64_t hd[2] = {h, w};
    int bad = fwrite(hd, sizeof hd, 1, f) != 1 ||
              fwrite(a, sizeof(float), (size_t)(h * w), f) != (size_t)(h * w);
    return fclose(f) != 0 || bad;
}

int main(int argc, char **argv)
{
    int64_t h = argc > 1 ? atoll(argv[1]) : 2048;
    int64_t w = argc > 2 ? atoll(argv[2]) : 2048;
    int R = argc > 3 ? atoi(argv[3]) : 7;
    const char *dir = argc > 4 ? argv[4] : NULL;
    if (h < 1 || w < 1 || R < 0) {
        fprintf(stderr, "usage: %s [H [W [R [DUMPDIR]]]]\n", argv[0]);
        return 1;
    }
    size_t n = (size_t)(h * w);
    float *img = alloc(n), *out = alloc(n), *first = alloc(n);
    make_image(img, h, w);
    const float k = 0.04f;

    printf("%s: %lld x %lld, %d threads\n", IMPL_LABEL, (long long)h, (long long)w, threads());
    if (IMPL(h, w, img, k, first) != 0) {
#ifdef LAST_ERROR
        fprintf(stderr, "%s failed: %s\n", IMPL_LABEL, LAST_ERROR());
#else
        fprintf(stderr, "%s failed\n", IMPL_LABEL);
#endif
        return 3;
    }
    if (R == 0) {
        if (dir && (dump(dir, "input.bin", img, h, w) ||
                    dump(dir, "out_" IMPL_LABEL ".bin", first, h, w)))
            return 1;
        printf("RESULT impl=%s h=%lld w=%lld status=ok\n", IMPL_LABEL, (long long)h, (long long)w);
        return 0;
    }
    double *t = malloc(sizeof(double) * (size_t)R);
    int same = 1;
    for (int r = 0; r < R; r++) {
        double t0 = wtime();
        int rc = IMPL(h, w, img, k, out);
        t[r] = wtime() - t0;
        if (rc != 0) return 3;
        if (memcmp(out, first, n * sizeof(float)) != 0) same = 0;
    }
    qsort(t, (size_t)R, sizeof(double), cmp_double);
    printf("  times (ms):");
    for (int r = 0; r < R; r++) printf(" %.2f", 1e3 * t[r]);
    printf("\n  median %.3f ms, min %.3f ms\n", 1e3 * t[R / 2], 1e3 * t[0]);
    printf("RESULT impl=%s h=%lld w=%lld threads=%d median_ms=%.4f min_ms=%.4f status=%s\n",
           IMPL_LABEL, (long long)h, (long long)w, threads(), 1e3 * t[R / 2], 1e3 * t[0],
           same ? "ok" : "NONDETERMINISTIC");
    free(t);
    free(img);
    free(out);
    free(first);
    return same ? 0 : 2;
}
