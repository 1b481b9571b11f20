#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "comp_nested.h"

#define N 9
#define ERR() printf("error: %s\n", comp_nested_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double a[4 * 6], b[6 * 3], v[6], x[N], r0[32], r1[32];
    int64_t ri[N];
    for (int i = 0; i < 4 * 6; i++) a[i] = (double)((i * 7) % 11) * 0.25 - 1.0;
    for (int i = 0; i < 6 * 3; i++) b[i] = (double)((i * 5) % 9) * 0.5 - 2.0;
    for (int j = 0; j < 6; j++) v[j] = (double)(j % 4) * 0.5 - 0.25;
    for (int i = 0; i < N; i++) x[i] = (double)((i * 4) % 7) * 0.25 - 0.5;   /* has ties */

    if (matvec(4, 6, a, v, r0)) ERR(); else pa(r0, 4);
    if (max_dist(N, x, r0)) ERR(); else pa(r0, N);
    if (prefix(N, x, r0, r1)) ERR(); else { pa(r0, N); pa(r1, N); }
    if (ranks(N, x, ri)) ERR(); else pi(ri, N);
    if (matmul_loops(4, 6, 3, a, b, r0)) ERR(); else pa(r0, 12);
    if (row_std(4, 6, a, r0)) ERR(); else pa(r0, 4);

    double *p = NULL;
    int64_t d0 = -1, d1 = -1;
    int rc = window_range(4, 6, a, &p, &d0, &d1);
    if (rc) ERR(); else { printf("%lld\n%lld\n", (long long)d0, (long long)d1); pa(p, d0 * d1); free(p); }

    if (pair_counts(N, x, ri)) ERR(); else pi(ri, N);
    return 0;
}
