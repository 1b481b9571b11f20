/* Driver for the Harris corner sample: synthesises a grayscale f32 test
 * image (an 8 x 8 grid of bright squares of different brightness on a dark
 * background: 4 corners each, 256 in all), calls the arrc-generated kernels
 *   int harris(int64_t h, int64_t w, const float *img, float k, float *out);
 *   int corners(int64_t h, int64_t w, const float *r, float frac, bool *out);
 * and prints the number of corners found, the strongest ones and the time.
 *
 * Usage: ./harris [N [REPS]]   an N x N image (default 1024), timed REPS
 *                              times (default 5; the best time is printed) */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime */
#include "harris.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define GRID 8          /* squares per row and per column */
#define K 0.04f         /* Harris' k */
#define FRAC 0.01f      /* corners: response above 1 % of the maximum */
#define SHOW 8          /* how many corners to print */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Square (gi, gj) of the grid covers the middle half of its cell, with a
 * brightness between 0.5 and 1.0 over a background of 0.1. */
static void make_image(float *img, int64_t n)
{
    int64_t cell = n / GRID;
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++) {
            int64_t gi = i / cell, gj = j / cell;
            int64_t oi = i % cell, oj = j % cell;
            int inside = gi < GRID && gj < GRID && oi >= cell / 4 &&
                         oi < cell - cell / 4 && oj >= cell / 4 &&
                         oj < cell - cell / 4;
            img[i * n + j] =
                inside ? 0.5f + 0.5f * (float)((gi * 5 + gj * 3) % 11) / 10.0f
                       : 0.1f;
        }
}

typedef struct { float r; int64_t i, j; } corner;

static int by_response(const void *a, const void *b)
{
    const corner *x = a, *y = b;
    if (x->r != y->r) return x->r < y->r ? 1 : -1;
    if (x->i != y->i) return x->i < y->i ? -1 : 1;
    return x->j < y->j ? -1 : x->j > y->j;
}

int main(int argc, char **argv)
{
    char *e1 = NULL, *e2 = NULL;
    long long n = argc > 1 ? strtoll(argv[1], &e1, 10) : 1024;
    long long reps = argc > 2 ? strtoll(argv[2], &e2, 10) : 5;
    if (argc > 3 || n < 4 * GRID || reps < 1 || (e1 && *e1) || (e2 && *e2)) {
        fprintf(stderr, "usage: %s [N >= %d [REPS >= 1]]\n", argv[0], 4 * GRID);
        return 2;
    }
    size_t np = (size_t)n * (size_t)n;
    float *img = malloc(sizeof(float) * np);
    float *r = malloc(sizeof(float) * np);
    bool *mask = malloc(sizeof(bool) * np);
    if (!img || !r || !mask) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    make_image(img, n);

    double best = 1e30;
    for (long long t = 0; t < reps; t++) {
        double t0 = now();
        int rc = harris(n, n, img, K, r);
        double t1 = now();
        if (rc != 0) {
            fprintf(stderr, "harris failed: %s\n", harris_last_error());
            return 1;
        }
        if (t1 - t0 < best) best = t1 - t0;
    }
    if (corners(n, n, r, FRAC, mask) != 0) {
        fprintf(stderr, "corners failed: %s\n", harris_last_error());
        return 1;
    }

    int64_t count = 0;
    for (size_t p = 0; p < np; p++) count += mask[p];
    corner *c = malloc(sizeof(corner) * (size_t)(count ? count : 1));
    if (!c) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    int64_t m = 0;
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++)
            if (mask[i * n + j]) c[m++] = (corner){r[i * n + j], i, j};
    qsort(c, (size_t)count, sizeof(corner), by_response);

    printf("image:    %lld x %lld, %d x %d squares (%d corners drawn)\n", n, n,
           GRID, GRID, 4 * GRID * GRID);
    printf("corners:  %lld with R > %.2f * max(R) = %.6g, each the peak of its 3 x 3 window\n",
           (long long)count, (double)FRAC, count ? (double)FRAC * c[0].r : 0.0);
    printf("strongest (row, col: R):\n");
    for (int64_t q = 0; q < count && q < SHOW; q++)
        printf("  %5lld, %5lld: %.6g\n", (long long)c[q].i, (long long)c[q].j,
               (double)c[q].r);
    printf("time:     %.3f ms for harris() (best of %lld)\n", 1e3 * best, reps);
    free(c);
    free(img);
    free(r);
    free(mask);
    return count == 4 * GRID * GRID ? 0 : 1;
}
