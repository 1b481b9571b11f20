#include "tile.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", tile_last_error()); else

/* a checksum of n values: sum of v * (k % 17 + 1) */
static double sum_d(const double *v, int64_t n)
{
    double h = 0;
    for (int64_t k = 0; k < n; k++) h += v[k] * (double)(k % 17 + 1);
    return h;
}

int main(void)
{
    static const int64_t ext[] = { 0, 1, 31, 32, 33, 100 };
    for (int x = 0; x < 6; x++)
        for (int y = 0; y < 6; y++) {
            int64_t m = ext[x], n = ext[y];
            double *a = malloc(sizeof(double) * (size_t)(m * n + 1)), *b = malloc(sizeof(double) * (size_t)(m * n + 1));
            double *o = malloc(sizeof(double) * (size_t)(m * n + 1));
            float *af = malloc(sizeof(float) * (size_t)(m * n + 1)), *of = malloc(sizeof(float) * (size_t)(m * n + 1));
            int64_t *ai = malloc(sizeof(int64_t) * (size_t)(n * n + 1)), *oi = malloc(sizeof(int64_t) * (size_t)(n * n + 1));
            for (int64_t k = 0; k < m * n; k++) {
                a[k] = (double)((k * 37) % 101) / 100.0;
                b[k] = (double)((k * 11) % 23) - 11.0;
                af[k] = (float)((k * 13) % 41) - 20.0f;
            }
            for (int64_t k = 0; k < n * n; k++) ai[k] = (k * 7919) % 1000 - 500;
            printf("m %lld n %lld\n", (long long)m, (long long)n);
            CALL(tr(m, n, a, o)) printf("%.17g %.17g\n", sum_d(o, m * n), m * n ? o[m * n - 1] : 0.0);
            CALL(tr32(m, n, af, of)) {
                double h = 0;
                for (int64_t k = 0; k < m * n; k++) h += (double)of[k] * (double)(k % 17 + 1);
                printf("%.17g\n", h);
            }
            CALL(sym(n, ai, oi)) {
                long long h = 0;
                for (int64_t k = 0; k < n * n; k++) h += (long long)oi[k] * (k % 17 + 1);
                printf("%lld\n", h);
            }
            double *os = NULL;
            int64_t d0 = 0, d1 = 0;
            CALL(shifted(m, n, a, &os, &d0, &d1)) { printf("%lld %lld %.17g\n", (long long)d0, (long long)d1, sum_d(os, d0 * d1)); free(os); }
            CALL(clipped(m, n, a, b, 0.4, o)) printf("%.17g\n", sum_d(o, m * n));
            free(a); free(b); free(o); free(af); free(of); free(ai); free(oi);
        }
    return 0;
}
