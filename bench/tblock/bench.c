/* bench/tblock: each kernel compiled twice by arrc, untiled
 * (--stencil-tile=off, prefix off_) and with the compiler's temporal
 * blocking (default, prefix on_), timed in the same run: median ms per
 * round of ROUNDS rounds, the tiled/untiled ratio, and, for the heat
 * kernel, the memory floor of an untiled round: its grid read and written
 * once (16 bytes a point) at the bandwidth a STREAM-like copy of the same
 * arrays reaches here with the same threads.  Both builds' results must be
 * bit-identical (exit 1 otherwise).
 *   bench KERNEL(heat|blur) H W ROUNDS R */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "../bench_util.h"
#include "heat_off.h"
#include "heat_on.h"
#include "blur_off.h"
#include "blur_on.h"

static double median(double *t, int r) { qsort(t, (size_t)r, sizeof *t, cmp_double); return t[r / 2]; }

/* bytes per second of dst[i] = src[i] over n doubles (read + write), best of r */
static double copy_bandwidth(int64_t n, int r)
{
    double *a = malloc((size_t)n * 8), *b = malloc((size_t)n * 8), best = 0;
    #pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; i++) { a[i] = (double)i; b[i] = 0; }
    for (int k = 0; k <= r; k++) {
        double t = wtime();
        #pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < n; i++) b[i] = a[i];
        t = wtime() - t;
        if (k && 16.0 * (double)n / t > best) best = 16.0 * (double)n / t;
    }
    if (b[n - 1] != a[n - 1]) best = 0;
    free(a); free(b);
    return best;
}

int main(int argc, char **argv)
{
    if (argc != 6) { fprintf(stderr, "usage: bench heat|blur H W ROUNDS R\n"); return 2; }
    const char *k = argv[1];
    int64_t h = atoll(argv[2]), w = atoll(argv[3]);
    int rounds = atoi(argv[4]), r = atoi(argv[5]);
    int f32 = !strcmp(k, "blur");
    size_t es = f32 ? 4 : 8, bytes = (size_t)(h * w) * es;
    void *in = malloc(bytes), *x0 = malloc(bytes), *x1 = malloc(bytes), *o0 = malloc(bytes), *o1 = malloc(bytes);
    for (int64_t i = 0; i < h * w; i++) {
        double v = (double)((i * 7919) % 1000) / 1000.0;
        if (f32) ((float *)in)[i] = (float)v; else ((double *)in)[i] = v;
    }
    double *t0 = malloc(sizeof(double) * (size_t)r), *t1 = malloc(sizeof(double) * (size_t)r);
    int same = 1;
    for (int j = -1; j < r; j++) {      /* j = -1: warm-up and the bit-for-bit check */
        memcpy(x0, in, bytes);
        memcpy(x1, in, bytes);
        double a = wtime();
        int e0 = f32 ? off_blur(h, w, x0, rounds, o0) : off_heat(h, w, x0, rounds, o0);
        double b = wtime();
        int e1 = f32 ? on_blur(h, w, x1, rounds, o1) : on_heat(h, w, x1, rounds, o1);
        double c = wtime();
        if (e0 || e1) { fprintf(stderr, "bench: a call failed\n"); return 1; }
        if (j < 0) same = !memcmp(o0, o1, bytes) && !memcmp(x0, x1, bytes);
        else { t0[j] = b - a; t1[j] = c - b; }
    }
    if (!same) { fprintf(stderr, "bench: tiled and untiled results differ\n"); return 1; }
    double m0 = median(t0, r) / rounds, m1 = median(t1, r) / rounds;
    printf("%s %lldx%lld threads %d: untiled %.3f ms/round, tiled %.3f ms/round, ratio %.3f", k, (long long)h,
           (long long)w, threads(), 1e3 * m0, 1e3 * m1, m1 / m0);
    if (!f32) {
        double bw = copy_bandwidth(h * w, r);
        double floor = 2.0 * (double)bytes / bw;
        printf(", copy bandwidth %.1f GB/s, untiled memory floor %.3f ms/round (tiled %s it)", bw / 1e9, 1e3 * floor,
               m1 < floor ? "below" : "above");
    }
    printf("\n");
    free(in); free(x0); free(x1); free(o0); free(o1); free(t0); free(t1);
    return 0;
}
