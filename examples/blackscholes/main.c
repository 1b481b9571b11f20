/* Driver for the Black-Scholes sample: builds the inputs of the original
 * ParallelAccelerator benchmark, calls the arrc-generated kernel, and
 * prints the checksum sum(put) and the kernel time.
 * Usage: ./blackscholes [N]   (default 10,000,000 options) */
#include "blackscholes.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    long long n = argc > 1 ? atoll(argv[1]) : 10000000;
    if (n < 1) {
        fprintf(stderr, "usage: %s [N >= 1]\n", argv[0]);
        return 2;
    }
    double *s = malloc(sizeof(double) * (size_t)n), *k = malloc(sizeof(double) * (size_t)n),
           *r = malloc(sizeof(double) * (size_t)n), *v = malloc(sizeof(double) * (size_t)n),
           *t = malloc(sizeof(double) * (size_t)n), *put = malloc(sizeof(double) * (size_t)n);
    if (!s || !k || !r || !v || !t || !put) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    for (long long i = 0; i < n; i++) {
        s[i] = 42.0;
        k[i] = 40.0 + (double)i / (double)n;
        r[i] = 0.5;
        v[i] = 0.2;
        t[i] = 0.5;
    }
    double t0 = now();
    int rc = blackscholes(n, s, k, r, v, t, put);
    double t1 = now();
    if (rc != 0) {
        fprintf(stderr, "blackscholes failed: %s\n", blackscholes_last_error());
        return 1;
    }
    double sum = 0.0;
    for (long long i = 0; i < n; i++) sum += put[i];
    printf("options:  %lld\n", n);
    printf("checksum: %.10f\n", sum);
    printf("time:     %.3f ms\n", 1e3 * (t1 - t0));
    free(s); free(k); free(r); free(v); free(t); free(put);
    return 0;
}
