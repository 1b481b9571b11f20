#include <stdio.h>
#include <stdint.h>
#include "inline_fns.h"

#define N 15
#define ERR() printf("error: %s\n", inline_fns_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double x[N], y[N], r[N], s, t;
    int64_t k[N], rk[N], sk;
    for (int i = 0; i < N; i++) {
        x[i] = (double)(i - 7) * 0.25;
        y[i] = 1.0 / (double)(i + 1);
        k[i] = (int64_t)(i * 3 - 20);
    }
    if (clamp_arr(N, x, 0.75, r)) ERR(); else pa(r, N);
    static const double vs[4] = {-0.5, 0.25, 1.0, 3.5};
    for (int j = 0; j < 4; j++) {
        if (clamp_scalar(vs[j], &s)) ERR(); else printf("%.17g\n", s);
    }
    if (leaky_arr(N, x, r)) ERR(); else pa(r, N);
    if (combo(N, x, y, r, &s)) ERR(); else { pa(r, N); printf("%.17g\n", s); }
    if (centered(N, x, r)) ERR(); else pa(r, N);
    if (use_stats(N, y, &s, &t)) ERR(); else printf("%.17g\n%.17g\n", s, t);
    if (int_helper(N, k, 3037000500LL, rk, &sk)) ERR(); else { pl(rk, N); printf("%lld\n", (long long)sk); }
    return 0;
}
