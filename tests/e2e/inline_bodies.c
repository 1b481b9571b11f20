#include "inline_bodies.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", inline_bodies_last_error()); else

int main(void)
{
    enum { N = 9 };
    double f[N], g[N], o[N], a[N], b[N], c[N], d[N];
    for (int k = 0; k <= 3; k++) {
        for (int i = 0; i < N; i++) { f[i] = 0.1 * ((i * 5) % 7) - 0.2; g[i] = 0.0; }
        CALL(lb(N, f, g, k, o)) { pf(o, N); pf(f, N); pf(g, N); }
    }
    double x[N];
    for (int i = 0; i < N; i++) x[i] = 0.5 * i - 1.75;
    CALL(tup(N, x, a, b, c, d)) { pf(a, N); pf(b, N); pf(c, N); pf(d, N); }
    CALL(two_comps(N, x, a, b)) { pf(a, N); pf(b, N); }
    return 0;
}
