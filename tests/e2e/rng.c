#include "rng.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", rng_last_error()); else

int main(void)
{
    enum { N = 40 };
    double u[N], g[N], a, b, r1[5], r2[6], r3[8], r4[6], pi;
    int64_t seeds_[4] = { 0, 1, -1, 123456789 };
    for (int s = 0; s < 4; s++) {
        CALL(streams(seeds_[s], N, u, g, &a, &b)) { pf(u, N); pf(g, N); printf("%.17g\n%.17g\n", a, b); }
        CALL(arrays(seeds_[s], r1, r2, r3, r4)) { pf(r1, 5); pf(r2, 6); pf(r3, 8); pf(r4, 6); }
    }
    double o[4];
    CALL(seeds(4, seeds_, 77, o)) pf(o, 4);
    CALL(pi_estimate(42, 200000, &pi)) printf("%.17g\n", pi);
    return 0;
}
