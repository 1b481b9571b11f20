#include "fuse_alloc.h"
#include <stdio.h>
#include <stdlib.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", fuse_alloc_last_error()); else

int main(void)
{
    enum { N = 7 };
    double x[N], y[N], vx[N], vy[N], o[4][N], f[N];
    for (int i = 0; i < N; i++) {
        x[i] = 0.5 * i - 1.0; y[i] = 1.0 - 0.25 * i;
        vx[i] = 0.125 * i; vy[i] = -0.375 * i + 0.5; f[i] = 0.1 * i - 0.2;
    }
    for (int steps = 0; steps < 4; steps++)
        CALL(verlet(N, x, y, vx, vy, 2.5, 0.1, steps, o[0], o[1], o[2], o[3]))
            for (int r = 0; r < 4; r++) pf(o[r], N);
    for (int n = 1; n <= 3; n++)
        CALL(fills(n, o[0], o[1], o[2])) for (int r = 0; r < 3; r++) pf(o[r], n);
    double m;
    CALL(kick(N, vx, vy, f, 0.5, o[0], o[1], &m)) { pf(o[0], N); pf(o[1], N); printf("%.17g\n", m); }
    return 0;
}
