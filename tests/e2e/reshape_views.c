#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "reshape_views.h"

#define N 12
#define R 4
#define C 5
#define ERR() printf("error: %s\n", reshape_views_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

static void init(double *x, int n, double s) { for (int i = 0; i < n; i++) x[i] = (double)((i * 3) % 7) * s - 1.25; }

int main(void) {
    double a[N], m[R * C], out[N], om[R * C], s;
    double x[6], y[6], z[R * 2];

    init(a, N, 0.5);
    if (rv_1d(N, a, out)) ERR(); else { pa(out, N); pa(a, N); }

    init(m, R * C, 0.25);
    if (rv_rows(R, C, m, om)) ERR(); else { pa(om, R * C); pa(m, R * C); }

    init(a, N, 0.5);
    if (rv_see(N, a, &s)) ERR(); else { printf("%.17g\n", s); pa(a, N); }

    init(a, N, 0.5);
    if (rv_chain(N, a, out)) ERR(); else { pa(out, N); pa(a, N); }

    init(a, N, 0.5);
    init(m, R * C, 0.25);
    if (rv_read(N, R, C, a, m, x, y, z, &s)) ERR(); else { pa(x, 6); pa(y, 6); pa(z, R * 2); printf("%.17g\n", s); }

    /* a slice too short for the extents: the count check, reported */
    init(a, 7, 0.5);
    if (rv_1d(7, a, out)) ERR(); else pa(out, 7);
    return 0;
}
