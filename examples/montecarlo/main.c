/* Runs the Monte Carlo sample: pi, then a European call priced by
 * simulation against its closed form.  Exits 1 when an estimate is further
 * from the exact value than 5 standard errors (make check runs it). */
#include "montecarlo.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const double PI = 3.14159265358979323846;

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? atoll(argv[1]) : 10000000;
    int64_t seed = argc > 2 ? atoll(argv[2]) : 2026;
    double pi, price, se, exact;
    if (estimate_pi(seed, n, &pi) || mc_call(seed, n, 100.0, 105.0, 0.03, 0.2, 1.0, &price, &se) ||
        bs_call(100.0, 105.0, 0.03, 0.2, 1.0, &exact)) {
        fprintf(stderr, "montecarlo: %s\n", montecarlo_last_error());
        return 1;
    }
    double pi_se = 4.0 * sqrt(PI / 4 * (1 - PI / 4) / (double)n);
    printf("samples         %lld (seed %lld)\n", (long long)n, (long long)seed);
    printf("pi              %.6f   (error %+.2e, %.1f standard errors)\n", pi, pi - PI, fabs(pi - PI) / pi_se);
    printf("call, simulated %.6f +- %.6f\n", price, se);
    printf("call, exact     %.6f   (%.1f standard errors)\n", exact, fabs(price - exact) / se);
    return fabs(pi - PI) > 5 * pi_se || fabs(price - exact) > 5 * se;
}
