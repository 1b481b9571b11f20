#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "scans.h"

#define N 100000
#define ERR() printf("error: %s\n", scans_last_error())

/* all elements when n <= 8, else the first 5, the two middle ones and the
   last; then a checksum over all of them */
static void show_f(const double *r, int64_t n) {
    if (n <= 8) for (int64_t i = 0; i < n; i++) printf("%.17g\n", r[i]);
    else {
        for (int64_t i = 0; i < 5; i++) printf("%.17g\n", r[i]);
        printf("%.17g\n%.17g\n%.17g\n", r[n / 2 - 1], r[n / 2], r[n - 1]);
    }
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) s += r[i];
    printf("%.17g\n", s);
}

static void show_i(const int64_t *r, int64_t n) {
    if (n <= 8) for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)r[i]);
    else {
        for (int64_t i = 0; i < 5; i++) printf("%lld\n", (long long)r[i]);
        printf("%lld\n%lld\n%lld\n", (long long)r[n / 2 - 1], (long long)r[n / 2], (long long)r[n - 1]);
    }
    uint64_t s = 0;
    for (int64_t i = 0; i < n; i++) s += (uint64_t)r[i] * (uint64_t)(i % 7 + 1);
    printf("%lld\n", (long long)(int64_t)s);
}

int main(void) {
    double *x = malloc(N * sizeof *x), *xd = malloc(N * sizeof *xd), *xm = malloc(N * sizeof *xm);
    double *r = malloc(N * sizeof *r);
    int64_t *k1 = malloc(N * sizeof *k1), *k2 = malloc(N * sizeof *k2), *k3 = malloc(N * sizeof *k3);
    int64_t *ri = malloc(N * sizeof *ri);
    if (!x || !xd || !xm || !r || !k1 || !k2 || !k3 || !ri) return 1;
    for (int64_t i = 0; i < N; i++) {
        x[i] = (double)((i * 37) % 101) / 101.0 + 0.01;
        xd[i] = (double)((i * 37) % 101) * 0.0078125;
        xm[i] = (double)((i * 7919) % 1009) + (double)i * 0.01 - 600.0;
        k1[i] = (i % 1000 == 7) ? INT64_C(4611686018427387904) : (int64_t)((i * 13) % 17) - 8;
        k2[i] = (i % 7 == 3) ? -3 : 2 * (i % 5) + 1;
        k3[i] = (int64_t)((i * 7919) % 10007) - i / 2;
    }
    static const int64_t sizes[] = { N, 1, 3, 0 };
    for (int t = 0; t < 4; t++) {
        int64_t n = sizes[t];
        printf("%lld\n", (long long)n);
        if (cs_f64(n, x, r)) ERR(); else show_f(r, n);
        if (cs_i64(n, k1, ri)) ERR(); else show_i(ri, n);
        if (sc_add(n, xd, r)) ERR(); else show_f(r, n);
        if (sc_max(n, xm, r)) ERR(); else show_f(r, n);
        if (sc_prod(n, k2, ri)) ERR(); else show_i(ri, n);
        if (sc_min_i(n, k3, ri)) ERR(); else show_i(ri, n);
        double s;
        if (sc_expr(n, x, r, &s)) ERR(); else { show_f(r, n); printf("%.17g\n", s); }
    }
    free(x); free(xd); free(xm); free(r); free(k1); free(k2); free(k3); free(ri);
    return 0;
}
