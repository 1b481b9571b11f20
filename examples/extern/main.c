/* Calls the montecarlo module: pi and a Black-Scholes call by simulation,
 * compared with the exact values. */
#include "montecarlo.h"
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

static double cndf(double x) { return 0.5 * erfc(-x / sqrt(2.0)); }

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? atoll(argv[1]) : 10000000;
    double pi, c;
    double t0 = omp_get_wtime();
    if (estimate_pi(n, 42, &pi)) { fprintf(stderr, "%s\n", montecarlo_last_error()); return 1; }
    double t1 = omp_get_wtime();
    printf("pi   ~ %.6f  (exact %.6f, %lld points, %.1f ms)\n", pi, M_PI, (long long)n, (t1 - t0) * 1e3);
    double s0 = 100, k = 105, r = 0.03, v = 0.2, t = 1.0;
    t0 = omp_get_wtime();
    if (mc_call(n, 7, s0, k, r, v, t, &c)) { fprintf(stderr, "%s\n", montecarlo_last_error()); return 1; }
    t1 = omp_get_wtime();
    double d1 = (log(s0 / k) + (r + 0.5 * v * v) * t) / (v * sqrt(t)), d2 = d1 - v * sqrt(t);
    double exact = s0 * cndf(d1) - k * exp(-r * t) * cndf(d2);
    printf("call ~ %.6f  (Black-Scholes %.6f, %lld paths, %.1f ms)\n", c, exact, (long long)n, (t1 - t0) * 1e3);
    return fabs(pi - M_PI) < 0.01 && fabs(c - exact) < 0.1 ? 0 : 1;
}
