#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include "vecmath_blocks.h"

#define ERR() printf("error: %s\n", vecmath_blocks_last_error())

static void pd(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

static double xin(int64_t i) { return (double)((i * 37) % 101 - 50) * 0.0625; }     /* exact, -3.125 .. 3.125 */

int main(void) {
    static const int64_t lens[] = { 0, 1, 7, 255, 256, 257, 1000 };
    for (int l = 0; l < 7; l++) {
        int64_t n = lens[l];
        double *x = malloc((size_t)(n + 1) * sizeof *x), *y = malloc((size_t)(n + 1) * sizeof *y);
        double *r = malloc((size_t)(n + 1) * sizeof *r), *q = malloc((size_t)(n + 1) * sizeof *q);
        for (int64_t i = 0; i < n; i++) {
            x[i] = xin(i);
            y[i] = xin(i + 13) + 0.03125;           /* never 0 */
        }
        printf("n %lld\n", (long long)n);
        if (nested(n, x, r)) ERR(); else pd(r, n);
        if (two_arg(n, x, y, r, q)) ERR(); else { pd(r, n); pd(q, n); }
        double s;
        if (with_sum(n, x, &s, r)) ERR(); else { printf("%.17g\n", s); pd(r, n); }
        if (n > 0) {
            if (lse(n, x, &s)) ERR(); else printf("%.17g\n", s);
            if (with_max(n, x, &s)) ERR(); else printf("%.17g\n", s);
        }
        free(x); free(y); free(r); free(q);
    }
    static const int64_t shapes[][2] = { { 3, 300 }, { 2, 0 }, { 1, 1 }, { 5, 256 } };
    for (int t = 0; t < 4; t++) {
        int64_t m = shapes[t][0], k = shapes[t][1];
        double *a = malloc((size_t)(m * k + 1) * sizeof *a), *r = malloc((size_t)(m * k + 1) * sizeof *r);
        for (int64_t i = 0; i < m * k; i++) a[i] = xin(i * 3 + 1);
        printf("grid %lld %lld\n", (long long)m, (long long)k);
        if (grid(m, k, a, r)) ERR(); else pd(r, m * k);
        free(a); free(r);
    }
    return 0;
}
