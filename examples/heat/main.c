/* Heat diffusion on one process: a hot square in a cold plate, R rounds.
 * Usage: ./heat [N [R]]  (an N x N plate, default 512, 200 rounds) */
#define _POSIX_C_SOURCE 200809L
#include "heat.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? atoll(argv[1]) : 512, r = argc > 2 ? atoll(argv[2]) : 200;
    double *u = malloc(sizeof(double) * (size_t)(n * n)), *out = malloc(sizeof(double) * (size_t)(n * n)), total;
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++) u[i * n + j] = (i > n / 4 && i < n / 2 && j > n / 4 && j < n / 2) ? 100.0 : 0.0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (heat(n, n, u, 0.2, r, out, &total)) { fprintf(stderr, "heat: %s\n", heat_last_error()); return 1; }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = 1e3 * (double)(t1.tv_sec - t0.tv_sec) + 1e-6 * (double)(t1.tv_nsec - t0.tv_nsec);
    printf("plate:  %lld x %lld, %lld rounds\ntotal:  %.6f (the heat put in: %.6f)\ncentre: %.6f\ntime:   %.3f ms (%.3f ms per round)\n",
           (long long)n, (long long)n, (long long)r, total, 100.0 * (double)((n / 2 - n / 4 - 1) * (n / 2 - n / 4 - 1)),
           out[(n / 2) * n + n / 2], ms, r ? ms / (double)r : 0.0);
    return 0;
}
