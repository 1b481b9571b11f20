#include "minmax_fast.h"
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", minmax_fast_last_error()); else

/* a value as text that tells the zeros apart (NaN without its sign) */
static void pr(double v)
{
    if (v != v) printf("nan\n");
    else if (v == 0) printf("zero%s\n", signbit(v) ? "-" : "+");
    else printf("%.17g\n", v);
}

enum { N = 100000, M = 7 };

int main(void)
{
    double *x = malloc(sizeof(double) * N), *r = malloc(sizeof(double) * N), a, b;
    float *y = malloc(sizeof(float) * N), f;
    uint64_t s = 12345;
    for (int i = 0; i < N; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        x[i] = (double)(s >> 11) / 9007199254740992.0 * 200.0 - 100.0;
        y[i] = (float)x[i];
    }
    int lens[3] = { N, 1000, 5 };
    for (int c = 0; c < 9; c++) {
        /* case c: 0 plain, 1 a NaN at 77777, 2 a NaN at 3, 3 all <= 0 with
           zeros of both signs, the last -0, 4 the same, the last +0, 5 all
           -inf, 6 two NaNs,
           7 all equal, 8 the minimum at the last element */
        for (int i = 0; i < N; i++) r[i] = x[i];
        if (c == 1) r[77777] = NAN;
        if (c == 2) r[3] = NAN;
        if (c == 3 || c == 4) {
            for (int i = 0; i < N; i++) r[i] = -fabs(x[i]) - 1.0;
            for (int i = 0; i < N; i += 7) r[i] = (i / 7) % 2 ? 0.0 : -0.0;
            r[99995] = c == 3 ? -0.0 : 0.0;     /* the last zero */
        }
        if (c == 5) for (int i = 0; i < N; i++) r[i] = -INFINITY;
        if (c == 6) { r[20] = -NAN; r[50000] = NAN; }
        if (c == 7) for (int i = 0; i < N; i++) r[i] = 2.5;
        if (c == 8) { r[N - 1] = -1000.0; r[N - 2] = -1000.0; r[70000] = 1000.0; r[90000] = 1000.0; r[2] = 1000.0; }
        for (int L = 0; L < 3; L++) {
            int n = lens[L];
            CALL(vmax(n, r, &a)) pr(a);
            CALL(vmin(n, r, &a)) pr(a);
            CALL(both(n, r, &a, &b)) { pr(a); pr(b); }
            for (int i = 0; i < n; i++) y[i] = (float)r[i];
            CALL(vmax32(n, y, &f)) pr((double)f);
            int64_t k;
            CALL(amax(n, r, &k)) printf("%lld\n", (long long)k);
            CALL(amin2(n / 5, 5, r, &k)) printf("%lld\n", (long long)k);
            CALL(amask(n, r, 50.0, &k)) printf("%lld\n", (long long)k);
        }
    }
    /* per row: rows of M, some with a NaN or zeros of both signs */
    for (int i = 0; i < N; i++) r[i] = x[i];
    r[3 * M + 2] = NAN;
    for (int j = 0; j < M; j++) r[5 * M + j] = -1.0 - j;
    r[5 * M + 1] = -0.0; r[5 * M + 4] = 0.0;
    for (int j = 0; j < M; j++) r[6 * M + j] = -1.0 - j;
    r[6 * M + 1] = 0.0; r[6 * M + 4] = -0.0;
    double *o = malloc(sizeof(double) * (N / M));
    CALL(rowmax(N / M, M, r, o)) for (int i = 0; i < 10; i++) pr(o[i]);
    double t = 0;
    for (int i = 0; i < N / M; i++) t += o[i] == o[i] ? o[i] : 0;
    printf("%.17g\n", t);
    CALL(vmax(0, r, &a)) pr(a);
    free(x); free(r); free(y); free(o);
    return 0;
}
