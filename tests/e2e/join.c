#include "join.h"
#include <stdio.h>
#include <stdlib.h>

static void pf(const double *x, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", join_last_error()); else

int main(void)
{
    enum { N = 2, M = 3, K = 2 };
    double a[N * M], v[M], s3[3 * M], *c = NULL, *cv = NULL, sm;
    float b[K * M];
    int64_t c0, c1, cvn;
    for (int i = 0; i < N * M; i++) a[i] = i * 0.5 - 1.0;
    for (int i = 0; i < K * M; i++) b[i] = 0.25f * i;
    for (int i = 0; i < M; i++) v[i] = 10.0 + i;
    CALL(joins(N, M, K, a, b, v, &c, &c0, &c1, s3, &cv, &cvn, &sm)) {
        printf("%lld %lld\n", (long long)c0, (long long)c1); pf(c, c0 * c1); pf(s3, 3 * M);
        printf("%lld\n", (long long)cvn); pf(cv, cvn); printf("%.17g\n", sm);
    }
    free(c); free(cv); c = cv = NULL;
    CALL(joins(0, M, K, a, b, v, &c, &c0, &c1, s3, &cv, &cvn, &sm)) printf("ok\n");   /* a[0, ..] of no rows: error */
    free(c); free(cv); c = NULL;
    int32_t x[4] = { 1, -2, 3, -4 };
    int64_t y[3] = { 100, 200, 300 }, *j = NULL, jn;
    int32_t st[8];
    CALL(ints(4, 3, x, y, &j, &jn, st)) {
        printf("%lld\n", (long long)jn);
        for (int64_t i = 0; i < jn; i++) printf("%lld\n", (long long)j[i]);
        for (int i = 0; i < 8; i++) printf("%d\n", st[i]);
    }
    free(j);
    CALL(bad(N, M, K, M + 1, a, a, &c, &c0, &c1)) printf("ok\n");
    free(c);
    return 0;
}
