/* Driver for the k-means sample: generates N points in K gaussian blobs
 * with its own deterministic generator, starts from K of the points as
 * centres (maximin seeding), and calls the arrc-generated kmeans_step until no assignment
 * changes.  Prints every iteration, the final centres (with their point
 * counts and the true blob centres nearest to them) and the inertia.
 *
 * Usage: ./kmeans [N [K [SEED]]]   (defaults 200000 8 1) */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime */
#include "kmeans.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_ITER = 300 };

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* 64-bit LCG (Knuth's MMIX constants); the top 53 bits give a double in [0, 1). */
static uint64_t rng_state;
static double u01(void)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(rng_state >> 11) * 0x1.0p-53;
}
/* A standard normal deviate (Box-Muller; 1 - u01() is in (0, 1]). */
static double gauss(void)
{
    double u = 1.0 - u01(), v = u01();
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

int main(int argc, char **argv)
{
    long long n = argc > 1 ? atoll(argv[1]) : 200000;
    long long k = argc > 2 ? atoll(argv[2]) : 8;
    rng_state = argc > 3 ? strtoull(argv[3], NULL, 10) : 1;
    if (n < 1 || k < 1 || k > n) {
        fprintf(stderr, "usage: %s [N [K [SEED]]]   (1 <= K <= N)\n", argv[0]);
        return 2;
    }
    size_t N = (size_t)n, K = (size_t)k;
    double *px = malloc(N * sizeof(double)), *py = malloc(N * sizeof(double));
    int64_t *assign = malloc(N * sizeof(int64_t)), *prev = malloc(N * sizeof(int64_t));
    double *bx = malloc(K * sizeof(double)), *by = malloc(K * sizeof(double));
    double *cx = malloc(K * sizeof(double)), *cy = malloc(K * sizeof(double));
    double *nx = malloc(K * sizeof(double)), *ny = malloc(K * sizeof(double));
    int64_t *cnt = calloc(K, sizeof(int64_t));
    if (!px || !py || !assign || !prev || !bx || !by || !cx || !cy || !nx || !ny || !cnt) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }

    /* K blob centres around a circle of radius 8 (angles jittered), standard
     * deviations 0.6 .. 1.4; each point picks a blob at random. */
    double *sd = malloc(K * sizeof(double));
    if (!sd) return 1;
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
    /* initial centres: maximin ("farthest point") seeding, deterministic:
     * point 0, then repeatedly the point farthest from the centres so far */
    double *dmin = malloc(N * sizeof(double));
    if (!dmin) return 1;
    for (size_t i = 0; i < N; i++) dmin[i] = INFINITY;
    size_t pick = 0;
    for (size_t c = 0; c < K; c++) {
        cx[c] = px[pick];
        cy[c] = py[pick];
        size_t far = 0;
        for (size_t i = 0; i < N; i++) {
            double dx = px[i] - cx[c], dy = py[i] - cy[c];
            double d = dx * dx + dy * dy;
            if (d < dmin[i]) dmin[i] = d;
            if (dmin[i] > dmin[far]) far = i;
        }
        pick = far;
    }
    free(dmin);
    for (size_t i = 0; i < N; i++) prev[i] = -1;

    printf("%lld points, %lld clusters\n", n, k);
    int iter = 0;
    double t_steps = 0.0;
    for (;;) {
        double t0 = now();
        int rc = kmeans_step(n, k, px, py, cx, cy, assign, nx, ny);
        t_steps += now() - t0;
        if (rc != 0) {
            fprintf(stderr, "kmeans_step failed: %s\n", kmeans_last_error());
            return 1;
        }
        iter++;
        long long changed = 0;
        for (size_t i = 0; i < N; i++) changed += assign[i] != prev[i];
        double in;
        /* the inertia of this assignment with the centres it was made for */
        if (inertia(n, k, px, py, cx, cy, assign, &in) != 0) {
            fprintf(stderr, "inertia failed: %s\n", kmeans_last_error());
            return 1;
        }
        printf("iteration %3d: %8lld assignments changed, inertia %.6f\n", iter, changed, in);
        double *t;
        t = cx; cx = nx; nx = t;
        t = cy; cy = ny; ny = t;
        if (changed == 0 || iter == MAX_ITER) break;
        memcpy(prev, assign, N * sizeof(int64_t));
    }
    /* assignments are stable: the centres are the means of their clusters */
    double in;
    if (inertia(n, k, px, py, cx, cy, assign, &in) != 0) {
        fprintf(stderr, "inertia failed: %s\n", kmeans_last_error());
        return 1;
    }
    for (size_t i = 0; i < N; i++) cnt[assign[i]]++;

    printf("%s after %d iterations\n", iter < MAX_ITER ? "converged" : "stopped", iter);
    printf("centre      x           y      points   nearest blob (x, y)\n");
    for (size_t c = 0; c < K; c++) {
        size_t best = 0;
        for (size_t b = 1; b < K; b++)
            if (hypot(cx[c] - bx[b], cy[c] - by[b]) < hypot(cx[c] - bx[best], cy[c] - by[best]))
                best = b;
        printf("%4zu  %10.6f  %10.6f  %8lld   (%.3f, %.3f)\n", c, cx[c], cy[c],
               (long long)cnt[c], bx[best], by[best]);
    }
    printf("inertia:  %.6f\n", in);
    printf("time:     %.3f ms per step (%d steps)\n", 1e3 * t_steps / iter, iter);

    free(px); free(py); free(assign); free(prev); free(bx); free(by); free(sd);
    free(cx); free(cy); free(nx); free(ny); free(cnt);
    return 0;
}
