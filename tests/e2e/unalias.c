#include "unalias.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", unalias_last_error()); else
static void pf(const double *x, long n) { for (long i = 0; i < n; i++) printf("%.17g\n", x[i]); }

int main(void)
{
    enum { NX = 300, NY = 40, N = 50001 };
    double *ex = malloc(sizeof(double) * NX * NY), *ey = malloc(sizeof(double) * NX * NY);
    double *hz = malloc(sizeof(double) * NX * NY), *o0 = malloc(sizeof(double) * NX * NY);
    double *o1 = malloc(sizeof(double) * NX * NY), *o2 = malloc(sizeof(double) * NX * NY);
    double *x = malloc(sizeof(double) * N), *r = malloc(sizeof(double) * N);
    if (!ex || !ey || !hz || !o0 || !o1 || !o2 || !x || !r) return 1;
    for (long i = 0; i < NX; i++)
        for (long j = 0; j < NY; j++) {
            ex[i * NY + j] = (double)(i * (j + 1)) / NX;
            ey[i * NY + j] = (double)(i * (j + 2)) / NY;
            hz[i * NY + j] = (double)(i * (j + 3)) / NX;
        }
    for (long i = 0; i < N; i++) x[i] = (i % 41) * 0.125 - 2.0;
    CALL(fdtd(NX, NY, ex, ey, hz, 3, o0, o1, o2)) { pf(o0, NX * NY); pf(o1, NX * NY); pf(o2, NX * NY); }
    CALL(fdtd(20, 7, ex, ey, hz, 5, o0, o1, o2)) { pf(o0, 140); pf(o1, 140); pf(o2, 140); }
    CALL(shift(N, x, r)) pf(r, N);
    CALL(clampmask(N, x, r)) pf(r, N);
    CALL(rebound(N, x, 3, r)) pf(r, N);
    CALL(rebound(N, x, 0, r)) pf(r, N);
    CALL(branch(N, x, true, r)) pf(r, N);
    CALL(branch(N, x, false, r)) pf(r, N);
    CALL(fdtd(0, 5, ex, ey, hz, 2, o0, o1, o2)) printf("empty ok\n");
    free(ex); free(ey); free(hz); free(o0); free(o1); free(o2); free(x); free(r);
    return 0;
}
