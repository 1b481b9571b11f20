#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "slices.h"

#define N 10
#define ERR() printf("error: %s\n", slices_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double x[N], a[4 * 5], img[7 * 8], t[3 * 4 * 5], r0[8], r1[8];
    int64_t k[N];
    for (int i = 0; i < N; i++) {
        x[i] = (double)((i * 3) % 7) * 0.5 - 1.25;
        k[i] = (int64_t)((i * 5) % 11) - 4;
    }
    for (int i = 0; i < 4 * 5; i++) a[i] = (double)((i * 7) % 9) * 0.25 - 1.0;
    for (int i = 0; i < 7 * 8; i++) img[i] = (double)((i * 5) % 13) * 0.25 + (double)(i / 8) * 0.5;
    for (int i = 0; i < 3 * 4 * 5; i++) t[i] = (double)((i * 11) % 17) * 0.5 - 3.0;

    double *p = NULL, *q = NULL;
    int64_t pd = -1, qd = -1, pd1 = -1, qd1 = -1, i0, i1, i2;
    double s0, s1, s2, s3;
    int rc;

    rc = sl_1d(N, x, &p, &pd, &q, &qd, &s0, &s1, &i0, &i1, &i2);
    if (rc) ERR();
    else {
        printf("%lld\n", (long long)pd); pa(p, pd);
        printf("%lld\n", (long long)qd); pa(q, qd);
        printf("%.17g\n%.17g\n%lld\n%lld\n%lld\n", s0, s1, (long long)i0, (long long)i1, (long long)i2);
        free(p); free(q);
    }

    /* empty ranges wherever they lie (past the end, negative): empty, not
       errors; non-empty ones reaching out: errors */
    static const int64_t bounds[][2] = { {2, 5}, {4, 4}, {6, 2}, {0, N}, {N + 5, N + 2}, {N + 1, N + 1}, {-3, -5},
                                         {N - 2, N + 3}, {-1, 3} };
    for (int b = 0; b < 9; b++) {
        if (sl_empty(N, x, bounds[b][0], bounds[b][1], &i0, &s0, &i1)) ERR();
        else printf("%lld\n%.17g\n%lld\n", (long long)i0, s0, (long long)i1);
    }

    rc = sl_map(N, x, &p, &pd, &q, &qd, &i0);
    if (rc) ERR();
    else {
        printf("%lld\n", (long long)pd); pa(p, pd);
        printf("%lld\n", (long long)qd); pa(q, qd);
        printf("%lld\n", (long long)i0);
        free(p); free(q);
    }

    if (sl_nested(N, x, &s0, &s1, &s2, &s3)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n%.17g\n", s0, s1, s2, s3);

    rc = sl_cols(4, 5, a, 2, 3, r0, r1, &s0, &s1, &p, &pd, &s2, &i0);
    if (rc) ERR();
    else {
        pa(r0, 4); pa(r1, 5);
        printf("%.17g\n%.17g\n", s0, s1);
        printf("%lld\n", (long long)pd); pa(p, pd);
        printf("%.17g\n%lld\n", s2, (long long)i0);
        free(p);
    }

    rc = sl_window(7, 8, img, &p, &pd, &pd1, &i0, &i1, &s0, &q, &qd, &qd1);
    if (rc) ERR();
    else {
        printf("%lld\n%lld\n", (long long)pd, (long long)pd1); pa(p, pd * pd1);
        printf("%lld\n%lld\n%.17g\n", (long long)i0, (long long)i1, s0);
        printf("%lld\n%lld\n", (long long)qd, (long long)qd1); pa(q, qd * qd1);
        free(p); free(q);
    }

    int64_t *ip = NULL;
    rc = sl_int(N, k, &i0, &ip, &pd, &i1);
    if (rc) ERR();
    else { printf("%lld\n%lld\n", (long long)i0, (long long)pd); pi(ip, pd); printf("%lld\n", (long long)i1); free(ip); }

    rc = sl_3d(3, 4, 5, t, &s0, &p, &pd, &q, &qd, &qd1);
    if (rc) ERR();
    else {
        printf("%.17g\n%lld\n", s0, (long long)pd); pa(p, pd);
        printf("%lld\n%lld\n", (long long)qd, (long long)qd1); pa(q, qd * qd1);
        free(p); free(q);
    }
    return 0;
}
