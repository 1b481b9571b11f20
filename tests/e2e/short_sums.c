#include "short_sums.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", short_sums_last_error()); else

int main(void)
{
    enum { N = 100003 };
    double *x = malloc(sizeof(double) * N), *y = malloc(sizeof(double) * N), *f = NULL, w[5] = { 0.1, -0.25, 0.5, 0.75, -0.125 };
    float *p = malloc(sizeof(float) * N * 3), *r = malloc(sizeof(float) * N);
    for (int i = 0; i < N; i++) x[i] = (double)((i * 37) % 101) / 7.0 - 5.0;
    for (int i = 0; i < N * 3; i++) p[i] = (float)((i * 13) % 17) / 3.0f - 2.0f;
    int64_t fn = 0;
    CALL(filter(N, x, w, &f, &fn)) {
        double s = 0;
        for (int64_t i = 0; i < fn; i++) s += f[i] * (double)(i % 7);
        printf("%lld\n%.17g\n%.17g\n%.17g\n", (long long)fn, f[0], f[fn - 1], s);
        free(f);
    }
    CALL(filter_into(N, N - 4, x, w, y)) {
        double s = 0;
        for (int64_t i = 0; i < N - 4; i++) s += y[i] * (double)(i % 7);
        printf("%.17g\n%.17g\n%.17g\n", y[0], y[N - 5], s);
    }
    CALL(filter_into(N, N - 3, x, w, y)) printf("no error\n");
    CALL(norms(N, p, r)) {
        double s = 0;
        for (int i = 0; i < N; i++) s += r[i];
        printf("%.17g\n%.17g\n%.17g\n", (double)r[0], (double)r[N - 1], s);
    }
    free(x); free(y); free(p); free(r);
    return 0;
}
