#include "interchange.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", interchange_last_error()); else
static double v(int64_t i) { return (double)((i * 13) % 17) - 8.0; }

int main(void)
{
    static const int64_t widths[] = { 0, 1, 3, 255, 256, 257, 600, 4096, 4097 };
    for (int w = 0; w < 9; w++) {
        int64_t n = 37, m = widths[w];
        double *a = malloc(sizeof(double) * (size_t)(n * m + 1)), *x = malloc(sizeof(double) * (size_t)n);
        double *y = malloc(sizeof(double) * (size_t)(m + 1)), *r = malloc(sizeof(double) * (size_t)(m + 1));
        float *af = malloc(sizeof(float) * (size_t)(n * m + 1));
        for (int64_t i = 0; i < n * m; i++) { a[i] = v(i); af[i] = (float)v(i); }
        for (int64_t i = 0; i < n; i++) x[i] = (double)(i % 5) - 2.0;
        for (int64_t j = 0; j < m; j++) y[j] = (double)(j % 7);
        printf("m %lld\n", (long long)m);
        CALL(colsum(n, m, a, r)) for (int64_t j = 0; j < m; j++) printf("%.17g\n", r[j]);
        CALL(atx(n, m, a, x, y, r)) for (int64_t j = 0; j < m; j++) printf("%.17g\n", r[j]);
        float *t = NULL;
        int64_t tn = 0;
        CALL(tail_sums(n, m, af, &t, &tn)) { printf("%lld\n", (long long)tn); for (int64_t j = 0; j < tn; j++) printf("%.9g\n", (double)t[j]); }
        free(t);
        CALL(mean_then(n, m, a, r)) for (int64_t j = 0; j < m; j++) printf("%.17g\n", r[j]);
        float *xf = malloc(sizeof(float) * (size_t)n);
        for (int64_t i = 0; i < n; i++) xf[i] = (float)x[i];
        CALL(vm(n, m, xf, af, m % 2 == 0, r)) for (int64_t j = 0; j < m; j++) printf("%.17g\n", r[j]);
        free(xf);
        free(a); free(x); free(y); free(r); free(af);
    }
    return 0;
}
