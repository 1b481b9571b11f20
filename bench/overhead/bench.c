/* The overhead guard: for small inputs a parallel loop costs more to start
 * than it saves.  Times the Black-Scholes kernel at small N, called many
 * times, built three ways from the same .arr:
 *   default   arrc's output as is (below a size from a cost estimate, a
 *             parallel loop runs on the calling thread: the overhead guard),
 *   noguard   arrc --no-overhead-guard (always parallel),
 *   serial    arrc --serial (no parallel loops at all),
 * and prints ns per call.  Each executable is one of the three; see run.sh. */
#include "kernel.h"
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
    long long n = argc > 1 ? atoll(argv[1]) : 1000;
    long long reps = argc > 2 ? atoll(argv[2]) : 2000;
    double *s = malloc(sizeof(double) * (size_t)n), *k = malloc(sizeof(double) * (size_t)n),
           *r = malloc(sizeof(double) * (size_t)n), *v = malloc(sizeof(double) * (size_t)n),
           *t = malloc(sizeof(double) * (size_t)n), *put = malloc(sizeof(double) * (size_t)n);
    for (long long i = 0; i < n; i++) {
        s[i] = 42.0; k[i] = 40.0 + (double)i / (double)n; r[i] = 0.5; v[i] = 0.2; t[i] = 0.5;
    }
    double best = 1e30, sum = 0.0;
    for (int trial = 0; trial < 5; trial++) {
        double t0 = now();
        for (long long q = 0; q < reps; q++)
            if (blackscholes(n, s, k, r, v, t, put)) { fprintf(stderr, "%s\n", kernel_last_error()); return 1; }
        double dt = (now() - t0) / (double)reps;
        if (dt < best) best = dt;
    }
    for (long long i = 0; i < n; i++) sum += put[i];
    printf("%lld %.1f %.6f\n", n, best * 1e9, sum);
    free(s); free(k); free(r); free(v); free(t); free(put);
    return 0;
}
