#include "md2d.h"
#include <stdio.h>

#define NX 6
#define N (NX * NX)

int main(void)
{
    const double a = 1.15, l = a * NX, rc = 2.5, dt = 0.004;
    double x[N], y[N], vx[N], vy[N], fx[N], fy[N], pe, ke;
    double x2[N], y2[N], vx2[N], vy2[N], fx2[N], fy2[N];
    for (int i = 0; i < N; i++) {
        x[i] = a * (0.5 + i % NX) + 0.05 * ((i * 7) % 5 - 2);
        y[i] = a * (0.5 + i / NX) + 0.04 * ((i * 3) % 7 - 3);
        vx[i] = 0.1 * ((i * 5) % 9 - 4);
        vy[i] = 0.1 * ((i * 11) % 7 - 3);
    }
    if (forces(N, x, y, l, rc, fx, fy, &pe)) { printf("error: %s\n", md2d_last_error()); return 0; }
    for (int i = 0; i < N; i++) printf("%.17g %.17g\n", fx[i], fy[i]);
    printf("%.17g\n", pe);
    if (kinetic(N, vx, vy, &ke) == 0) printf("%.17g\n", ke);
    if (integrate(N, x, y, vx, vy, fx, fy, dt, l, rc, 10, x2, y2, vx2, vy2, fx2, fy2, &pe)) {
        printf("error: %s\n", md2d_last_error());
        return 0;
    }
    for (int i = 0; i < N; i++) printf("%.17g %.17g %.17g %.17g\n", x2[i], y2[i], vx2[i], vy2[i]);
    printf("%.17g\n", pe);
    return 0;
}
