#include "lanesum.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", lanesum_last_error()); else

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
    static const int64_t ns[] = { 0, 1, 7, 8, 9, 16, 17, 37, 100 };
    for (int t = 0; t < 9; t++) {
        int64_t n = ns[t], lo[80], hi[80], m = make_runs(n, lo, hi);
        /* exactly n elements (malloc(0) may be NULL: one byte then) */
        double *a = malloc(n ? sizeof(double) * (size_t)n : 1), *xs = malloc(n ? sizeof(double) * (size_t)n : 1);
        float *f = malloc(n ? sizeof(float) * (size_t)n : 1);
        int64_t *ids = malloc(n ? sizeof(int64_t) * (size_t)n : 1), *idx = malloc(n ? sizeof(int64_t) * (size_t)n : 1);
        double c[80], r[80], q[80], e[80];
        float rf[80];
        for (int64_t i = 0; i < n; i++) {
            a[i] = (double)((i * 5) % 11) - 5.0;
            xs[i] = (double)((i * 3) % 13);
            f[i] = (float)((i * 7) % 9) - 4.0f;
            ids[i] = i % 5;
            idx[i] = (i * 13) % n;
        }
        for (int64_t i = 0; i < m; i++) c[i] = (double)(i % 13);
        printf("n %lld m %lld\n", (long long)n, (long long)m);
        for (int64_t k = 0; k <= 5; k += 5) {
            CALL(runsums(n, m, a, lo, hi, k, r)) for (int64_t i = 0; i < m; i++) printf("%.17g\n", r[i]);
            CALL(runsums32(n, m, f, lo, hi, k, rf)) for (int64_t i = 0; i < m; i++) printf("%.9g\n", (double)rf[i]);
            CALL(gathered(n, m, a, idx, lo, hi, k, r)) for (int64_t i = 0; i < m; i++) printf("%.17g\n", r[i]);
            CALL(runsums_light(n, m, a, lo, hi, k, r)) for (int64_t i = 0; i < m; i++) printf("%.17g\n", r[i]);
        }
        CALL(shells(m, n, c, xs, ids, lo, hi, r, q, e))
            for (int64_t i = 0; i < m; i++) printf("%.17g %.17g %.17g\n", r[i], q[i], e[i]);
        CALL(twice(n, m, a, lo, hi, r, q)) for (int64_t i = 0; i < m; i++) printf("%.17g %.17g\n", r[i], q[i]);
        double t1, t2, t3;
        float tf;
        int64_t ti;
        CALL(total(n, m, a, f, lo, hi, &t1, &tf)) printf("%.17g %.9g\n", t1, (double)tf);
        CALL(total_pairs(m, n, c, xs, ids, lo, hi, &t1, &t2, &t3)) printf("%.17g %.17g %.17g\n", t1, t2, t3);
        CALL(total_argmin(n, m, a, lo, hi, &t1, &ti)) printf("%.17g %lld\n", t1, (long long)ti);
        free(a); free(xs); free(f); free(ids); free(idx);
    }
    return 0;
}
