#include <stdio.h>
#include <stdint.h>
#include "pow_op.h"

#define N 13
#define M 16
#define ERR() printf("error: %s\n", pow_op_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }
static void pl32(const int32_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double x[N], y[N], r[4][N];
    for (int i = 0; i < N; i++) {
        x[i] = 0.25 + (double)i * 0.125;            /* exact, positive */
        y[i] = (double)(i - 6) * 0.375;             /* exact */
    }
    if (fpow(N, x, y, r[0], r[1], r[2], r[3])) ERR();
    else for (int j = 0; j < 4; j++) pa(r[j], N);
    double p0, p1, p2;
    if (fpow_assoc(6.25, &p0, &p1, &p2)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n", p0, p1, p2);

    static const int64_t av[M] = {3, -3, 2, 7, 0, 0, 1, -1, -1, 10, 2, 3, -2, 123456789, 5, 2};
    static const int64_t ev[M] = {5, 5, 62, 20, 0, 3, 1000, 7, 8, 18, 63, 70, 63, 3, 0, 64};
    int64_t a[M], e[M], ri[M];
    for (int i = 0; i < M; i++) { a[i] = av[i]; e[i] = ev[i]; }
    if (ipow(M, a, e, ri)) ERR(); else pl(ri, M);
    int32_t a32[M], k32[M], q0[M], q1[M];
    for (int i = 0; i < M; i++) { a32[i] = (int32_t)(i * 3 - 5); k32[i] = (int32_t)(i * 3); }
    a32[0] = 1291;  /* 1291 ** 3 overflows i32 */
    if (ipow32(M, a32, k32, q0, q1)) ERR();
    else { pl32(q0, M); pl32(q1, M); }
    int64_t s;
    if (ipow_scalar(-3, 39, &s)) ERR(); else printf("%lld\n", (long long)s);
    if (ipow_scalar(3, 41, &s)) ERR(); else printf("%lld\n", (long long)s);
    return 0;
}
