#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "stencil_modes_1d.h"

#define N 9
#define ERR() printf("error: %s\n", stencil_modes_1d_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double x[N], r[N];
    int64_t xi[N], ri[N];
    for (int i = 0; i < N; i++) {
        x[i] = (double)((i * 5) % 7 - 3) * 0.375 + 0.125 * (double)i + (i == 0 ? 0.5 : 0.0);
        xi[i] = (int64_t)((i * 7) % 11 - 4 + (i == N - 1 ? 3 : 0));
    }
    const double s = 0.75;

    if (k_skip(N, x, r)) ERR(); else pa(r, N);
    if (k_default(N, x, r)) ERR(); else pa(r, N);
    if (k_dst_zero(N, x, r)) ERR(); else pa(r, N);
    if (k_src_zero(N, x, r)) ERR(); else pa(r, N);
    if (k_wrap(N, x, r)) ERR(); else pa(r, N);
    if (k_clamp(N, x, r)) ERR(); else pa(r, N);
    if (k_mirror(N, x, r)) ERR(); else pa(r, N);

    double *p = NULL;
    int64_t d0 = -1;
    if (k_mirror_anon(N, x, &p, &d0)) ERR();
    else { printf("%lld\n", (long long)d0); pa(p, d0); free(p); }

    if (k_wrap_rounds(N, x, r)) ERR(); else pa(r, N);
    if (k_wrap_i64(N, xi, ri)) ERR(); else pi(ri, N);
    if (k_clamp_i64(N, xi, ri)) ERR(); else pi(ri, N);

    if (fwd_skip(N, x, s, r)) ERR(); else pa(r, N);
    if (fwd_dst_zero(N, x, s, r)) ERR(); else pa(r, N);
    if (bwd_skip(N, x, s, r)) ERR(); else pa(r, N);
    if (bwd_dst_zero(N, x, s, r)) ERR(); else pa(r, N);

    /* the inputs are only read */
    pa(x, N);
    pi(xi, N);
    return 0;
}
