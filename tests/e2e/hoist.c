#include "hoist.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", hoist_last_error()); else

int main(void)
{
    static const int64_t sizes[] = { 0, 1, 5, 40 };
    for (int q = 0; q < 4; q++) {
        int64_t n = sizes[q], m = 3;
        double *x = malloc(sizeof(double) * (size_t)(n + 1)), *r = malloc(sizeof(double) * (size_t)(n * m + 1));
        double *a = malloc(sizeof(double) * (size_t)(n * m + 1));
        int64_t *k = malloc(sizeof(int64_t) * (size_t)(n + 1));
        for (int64_t i = 0; i < n; i++) { x[i] = (double)((i * 7) % 11) - 3.0; k[i] = (i * 5) % 9; }
        for (int64_t i = 0; i < n * m; i++) a[i] = (double)((i * 3) % 7);
        printf("n %lld\n", (long long)n);
        CALL(normalize(n, x, r)) for (int64_t i = 0; i < n; i++) printf("%.17g\n", r[i]);
        CALL(center(n, m, a, r)) for (int64_t i = 0; i < n * m; i++) printf("%.17g\n", r[i]);
        double s;
        CALL(twice_out(n, x, 4, &s)) printf("%.17g\n", s);
        CALL(twice_out(n, x, 0, &s)) printf("%.17g\n", s);
        CALL(written(n, x, &s)) printf("%.17g\n", s);
        CALL(may_fail(n, x, k, 2, r)) for (int64_t i = 0; i < n; i++) printf("%.17g\n", r[i]);
        CALL(may_fail(n, x, k, 0, r)) for (int64_t i = 0; i < n; i++) printf("%.17g\n", r[i]);
        CALL(carried(n, x, 3, &s)) printf("%.17g\n", s);
        free(x); free(r); free(a); free(k);
    }
    return 0;
}
