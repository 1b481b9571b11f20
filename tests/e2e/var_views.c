#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "var_views.h"

#define N 8
#define R 4
#define C 5
#define ERR() printf("error: %s\n", var_views_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

static void init(double *x, int n, double s) { for (int i = 0; i < n; i++) x[i] = (double)((i * 3) % 7) * s - 1.25; }

int main(void) {
    double a[N], m[R * C], out[N], om[R * C], s;

    init(a, N, 0.5);
    if (vv_1d(N, a, out)) ERR(); else { pa(out, N); pa(a, N); }

    init(m, R * C, 0.25);
    if (vv_2d(R, C, m, om)) ERR(); else { pa(om, R * C); pa(m, R * C); }

    init(a, N, 0.5);
    if (vv_see(N, a, &s)) ERR(); else { printf("%.17g\n", s); pa(a, N); }

    init(a, N, 0.5);
    if (vv_chain(N, a, out)) ERR(); else { pa(out, N); pa(a, N); }

    init(m, R * C, 0.25);
    if (vv_loop(R, C, m, om)) ERR(); else { pa(om, R * C); pa(m, R * C); }

    init(a, N, 0.5);
    if (vv_rebind_base(N, a, out, &s)) ERR(); else { pa(out, N); printf("%.17g\n", s); pa(a, N); }

    init(a, N, 0.5);
    if (vv_shadow(N, a, out)) ERR(); else pa(out, N);
    return 0;
}
