#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "select_ternary.h"

#define N 17
#define ERR() printf("error: %s\n", select_ternary_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double a[N], b[N], r0[N], r1[N], r2[N];
    int64_t k[N], ri[N];
    int32_t a32[N], ri32[N], rj32[N];
    bool m[N];
    for (int i = 0; i < N; i++) {
        a[i] = (double)(i - 8) * 0.25;
        b[i] = (double)(i % 5) * 0.5 - 1.0;
        k[i] = (int64_t)((i * 7919) % 101 - 50);
        a32[i] = (int32_t)(i * i);
        m[i] = (i % 3) == 1;
    }
    if (tern(N, a, b, r0, r1)) ERR(); else { pa(r0, N); pa(r1, N); }
    if (sel(N, a, b, 0.3, r0, ri, r2)) ERR(); else { pa(r0, N); pl(ri, N); pa(r2, N); }
    if (nested(N, a, r0)) ERR(); else pa(r0, N);
    if (tern_int(N, k, 1000, ri)) ERR(); else pl(ri, N);
    if (tern_scalar_cond(N, a, true, r0)) ERR(); else pa(r0, N);
    if (tern_scalar_cond(N, a, false, r0)) ERR(); else pa(r0, N);
    if (sel_mask(N, m, a32, ri32, rj32)) ERR();
    else {
        for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri32[i]);
        for (int i = 0; i < N; i++) printf("%lld\n", (long long)rj32[i]);
    }
    return 0;
}
