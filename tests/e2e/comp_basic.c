#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <stdint.h>
#include "comp_basic.h"

#define N 10
#define H 3
#define W 4
#define ERR() printf("error: %s\n", comp_basic_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double x[N], r[64], a[H * W], b[W];
    int64_t ri[64];
    for (int i = 0; i < N; i++) x[i] = (double)((i * 5) % 7 - 3) * 0.375 + 0.125 * (double)i;
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++) a[i * W + j] = (double)((i * 4 + j * 3) % 9) * 0.25 - 1.0;
    for (int j = 0; j < W; j++) b[j] = 0.5 * (double)j - 0.75;

    if (idx_poly(N, r)) ERR(); else pa(r, N);
    if (idx_int(N, ri)) ERR(); else pi(ri, N);

    double *p = NULL;
    int64_t d0 = -1, d1 = -1, len = -1;
    int rc;
    rc = diffs(N, x, &p, &d0);
    if (rc) ERR(); else { printf("%lld\n", (long long)d0); pa(p, d0); free(p); }
    rc = interior(N, x, &p, &d0, &len);
    if (rc) ERR(); else { printf("%lld\n%lld\n", (long long)d0, (long long)len); pa(p, d0); free(p); }
    rc = evens_of(N, x, &p, &d0);
    if (rc) ERR(); else { printf("%lld\n", (long long)d0); pa(p, d0); free(p); }
    rc = evens_of(7, x, &p, &d0);
    if (rc) ERR(); else { printf("%lld\n", (long long)d0); pa(p, d0); free(p); }

    static const int64_t bounds[][2] = { {2, 6}, {5, 5}, {7, 3}, {0, 0}, {0, N} };
    for (int t = 0; t < 5; t++) {
        double s = -1.0;
        rc = range_sum(N, x, bounds[t][0], bounds[t][1], &s, &len, &p, &d0);
        if (rc) ERR();
        else {
            printf("%.17g\n%lld\n%lld\n", s, (long long)len, (long long)d0);
            pa(p, d0);
            free(p);
        }
    }

    if (scale_cols(H, W, a, b, r)) ERR(); else pa(r, H * W);
    if (outer_idx(3, 5, r)) ERR(); else pa(r, 15);
    rc = grid_diffs(H, W, a, &p, &d0, &d1);
    if (rc) ERR(); else { printf("%lld\n%lld\n", (long long)d0, (long long)d1); pa(p, d0 * d1); free(p); }
    if (cube(4, x, 2, 3, r)) ERR(); else pa(r, 24);
    if (hyper(2, 2, ri)) ERR(); else pi(ri, 24);

    double s0, s1, s4;
    int64_t i2, i3, i5;
    if (comp_reduce(N, x, &s0, &s1, &i2, &i3, &s4, &i5)) ERR();
    else printf("%.17g\n%.17g\n%lld\n%lld\n%.17g\n%lld\n", s0, s1, (long long)i2, (long long)i3, s4, (long long)i5);

    bool m[N];
    if (comp_map(N, x, r, m)) ERR();
    else { pa(r, N); for (int i = 0; i < N; i++) printf("%d\n", (int)m[i]); }
    return 0;
}
