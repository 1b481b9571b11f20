/* bench/tblock: each kernel compiled twice by arrc, untiled
 * (--stencil-tile=off, prefix off_) and with the compiler's temporal
 * blocking (default, prefix on_), timed in the same run: ms per round
 * (the median call with ROUNDS rounds less the median call with one round,
 * over ROUNDS - 1), the tiled/untiled ratio, and, for the heat
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

/* median seconds of r calls of each build with `rounds` rounds (off, on);
 * the first call of each is a warm-up and checks the two bit for bit */
static int time_calls(int f32, int64_t h, int64_t w, int rounds, int r, double *m0, double *m1)
{
    size_t bytes = (size_t)(h * w) * (f32 ? 4 : 8);
    void *in = malloc(bytes), *x0 = malloc(bytes), *x1 = malloc(bytes), *o0 = malloc(bytes), *o1 = malloc(bytes);
    for (int64_t i = 0; i < h * w; i++) {
        double v = (double)((i * 7919) % 1000) / 1000.0;
        if (f32) ((float *)in)[i] = (float)v; else ((double *)in)[i] = v;
    }
    double *t0 = malloc(sizeof(double) * (size_t)r), *t1 = malloc(sizeof(double) * (size_t)r);
    int same = 1, failed = 0;
    for (int j = -1; j < r && !failed; j++) {      /* j = -1: warm-up and the bit-for-bit check */
        memcpy(x0, in, bytes);
        memcpy(x1, in, bytes);
        double a = wtime();
        int e0 = f32 ? off_blur(h, w, x0, rounds, o0) : off_heat(h, w, x0, rounds, o0);
        double b = wtime();
        int e1 = f32 ? on_blur(h, w, x1, rounds, o1) : on_heat(h, w, x1, rounds, o1);
        double c = wtime();
        failed = e0 || e1;
        if (j < 0) same = !memcmp(o0, o1, bytes) && !memcmp(x0, x1, bytes);
        else { t0[j] = b - a; t1[j] = c - b; }
    }
    if (failed) fprintf(stderr, "bench: a call failed\n");
    else if (!same) fprintf(stderr, "bench: tiled and untiled results differ (%d rounds)\n", rounds);
    else { *m0 = median(t0, r); *m1 = median(t1, r); }
    free(in); free(x0); free(x1); free(o0); free(o1); free(t0); free(t1);
    return failed || !same;
}

int main(int argc, char **argv)
{
    if (argc != 6) { fprintf(stderr, "usage: bench heat|blur H W ROUNDS R\n"); return 2; }
    const char *k = argv[1];
    int64_t h = atoll(argv[2]), w = atoll(argv[3]);
    int rounds = atoi(argv[4]), r = atoi(argv[5]);
    int f32 = !strcmp(k, "blur");
    size_t bytes = (size_t)(h * w) * (f32 ? 4 : 8);
    /* a round's cost: the calls' difference between ROUNDS rounds and one
       round, per round (what a call costs besides its rounds -- the copy of
       the input, the copy into the result when the last round did not
       write it, the last round, which is always untiled -- is the same in
       both and drops out when ROUNDS is odd); and the whole call's average
       per round */
    double a0 = 0, a1 = 0, b0 = 0, b1 = 0;
    if (time_calls(f32, h, w, 1, r, &a0, &a1) || time_calls(f32, h, w, rounds, r, &b0, &b1)) return 1;
    double m0 = (b0 - a0) / (rounds - 1), m1 = (b1 - a1) / (rounds - 1);
    printf("%s %lldx%lld threads %d: per round untiled %.3f ms, tiled %.3f ms, ratio %.3f; whole call %.3f / %.3f ms "
           "per round, ratio %.3f", k, (long long)h, (long long)w, threads(), 1e3 * m0, 1e3 * m1, m1 / m0,
           1e3 * b0 / rounds, 1e3 * b1 / rounds, b1 / b0);
    if (!f32) {
        double bw = copy_bandwidth(h * w, r);
        double floor = 2.0 * (double)bytes / bw;
        printf("; copy bandwidth %.1f GB/s, untiled memory floor %.3f ms per round (tiled %s it)", bw / 1e9, 1e3 * floor,
               m1 < floor ? "below" : "above");
    }
    printf("\n");
    return 0;
}
