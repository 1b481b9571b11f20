#include "padtail.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", padtail_last_error()); else

/* runs of every length 0..20: at the end of the arrays, at the start and inside */
static int64_t make_runs(int64_t n, int64_t *lo, int64_t *hi)
{
    int64_t m = 0;
    for (int64_t L = 0; L <= 20 && L <= n; L++) {
        lo[m] = n - L; hi[m] = n; m++;
        lo[m] = 0; hi[m] = L; m++;
        lo[m] = (L * 7) % (n - L + 1); hi[m] = lo[m] + L; m++;
    }
    lo[m] = 0; hi[m] = n; m++;
    return m;
}

int main(void)
{
    static const int64_t ns[] = { 0, 1, 7, 8, 9, 16, 37, 100 };
    for (int t = 0; t < 8; t++) {
        int64_t n = ns[t], lo[80], hi[80], m = make_runs(n, lo, hi);
        /* exactly n elements (malloc(0) may be NULL: one byte then) */
        double *a = malloc(n ? sizeof(double) * (size_t)n : 1), *xs = malloc(n ? sizeof(double) * (size_t)n : 1);
        float *f = malloc(n ? sizeof(float) * (size_t)n : 1);
        int32_t *b = malloc(n ? sizeof(int32_t) * (size_t)n : 1);
        int64_t *ids = malloc(n ? sizeof(int64_t) * (size_t)n : 1);
        double c[80], r[80], q[80];
        float rf[80];
        int64_t ri[80];
        for (int64_t i = 0; i < n; i++) {
            a[i] = (double)((i * 5) % 11) - 5.0;
            xs[i] = (double)((i * 3) % 13);
            f[i] = (float)((i * 7) % 9) - 4.0f;
            b[i] = (int32_t)((i * 11) % 23) - 11;
            ids[i] = i % 5;
        }
        for (int64_t i = 0; i < m; i++) c[i] = (double)(i % 13);
        printf("n %lld m %lld\n", (long long)n, (long long)m);
        CALL(runs(n, m, a, lo, hi, r)) for (int64_t i = 0; i < m; i++) printf("%.17g\n", r[i]);
        CALL(runs32(n, m, f, b, lo, hi, rf, ri)) for (int64_t i = 0; i < m; i++) printf("%.9g %lld\n", (double)rf[i], (long long)ri[i]);
        CALL(near(m, n, c, xs, ids, lo, hi, r, q)) for (int64_t i = 0; i < m; i++) printf("%.17g %.17g\n", r[i], q[i]);
        CALL(divided(n, m, b, 3, lo, hi, ri)) for (int64_t i = 0; i < m; i++) printf("%lld\n", (long long)ri[i]);
        free(a); free(xs); free(f); free(b); free(ids);
    }
    return 0;
}
