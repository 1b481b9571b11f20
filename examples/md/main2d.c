/* Runs md2d: NX x NX particles on a square grid in a periodic box, random
 * velocities for a temperature (a seeded generator, zero net momentum),
 * velocity Verlet through the arr module. Prints step, total, potential and
 * kinetic energy per particle every K steps; exits 1 if the total energy
 * drifts by more than TOL (relative to the kinetic energy at the start). */
#include "md2d.h"
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t rng = 88172645463325252ull;
static double u01(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (double)(rng >> 11) * 0x1.0p-53;
}

#define CHECK(call) do { if (call) { fprintf(stderr, "md2d: %s\n", md2d_last_error()); return 2; } } while (0)

int main(int argc, char **argv)
{
    int64_t nx = argc > 1 ? atoll(argv[1]) : 20;      /* particles per side */
    int64_t steps = argc > 2 ? atoll(argv[2]) : 1000;
    int64_t every = argc > 3 ? atoll(argv[3]) : 100;
    double temp = argc > 4 ? atof(argv[4]) : 0.5;
    double tol = argc > 5 ? atof(argv[5]) : 1e-3;
    const double a = 1.1225, dt = 0.005, rc = 3.0;    /* spacing ~ 2^(1/6): near equilibrium */
    int64_t n = nx * nx;
    double l = a * (double)nx;
    size_t sz = sizeof(double) * (size_t)n;
    double *x = malloc(sz), *y = malloc(sz), *vx = malloc(sz), *vy = malloc(sz), *fx = malloc(sz), *fy = malloc(sz);
    double *x2 = malloc(sz), *y2 = malloc(sz), *vx2 = malloc(sz), *vy2 = malloc(sz), *fx2 = malloc(sz), *fy2 = malloc(sz);
    double px = 0, py = 0;
    for (int64_t i = 0; i < n; i++) {
        x[i] = a * (0.5 + (double)(i % nx));
        y[i] = a * (0.5 + (double)(i / nx));
        vx[i] = u01() - 0.5; vy[i] = u01() - 0.5;
        px += vx[i]; py += vy[i];
    }
    double ke0 = 0;
    for (int64_t i = 0; i < n; i++) { vx[i] -= px / n; vy[i] -= py / n; ke0 += 0.5 * (vx[i] * vx[i] + vy[i] * vy[i]); }
    double scale = sqrt(temp * (double)n / ke0);      /* 2-D: kinetic = N T */
    for (int64_t i = 0; i < n; i++) { vx[i] *= scale; vy[i] *= scale; }
    double pe, ke;
    CHECK(forces(n, x, y, l, rc, fx, fy, &pe));
    CHECK(kinetic(n, vx, vy, &ke));
    double e0 = pe + ke, ke_start = ke, worst = 0;
    printf("# %lld particles, box %.4f, dt %g, rc %g\n# step  total/N  potential/N  kinetic/N\n",
           (long long)n, l, dt, rc);
    printf("%6d %12.8f %12.8f %12.8f\n", 0, e0 / n, pe / n, ke / n);
    double t0 = omp_get_wtime();
    for (int64_t s = every; s <= steps; s += every) {
        CHECK(integrate(n, x, y, vx, vy, fx, fy, dt, l, rc, every, x2, y2, vx2, vy2, fx2, fy2, &pe));
        double *t;
        t = x; x = x2; x2 = t;  t = y; y = y2; y2 = t;  t = vx; vx = vx2; vx2 = t;
        t = vy; vy = vy2; vy2 = t;  t = fx; fx = fx2; fx2 = t;  t = fy; fy = fy2; fy2 = t;
        CHECK(kinetic(n, vx, vy, &ke));
        printf("%6lld %12.8f %12.8f %12.8f\n", (long long)s, (pe + ke) / n, pe / n, ke / n);
        if (fabs(pe + ke - e0) > worst) worst = fabs(pe + ke - e0);
    }
    double t1 = omp_get_wtime();
    printf("# energy drift %.3g of the initial kinetic energy; %.3f us/particle/step\n",
           worst / ke_start, (t1 - t0) * 1e6 / ((double)n * (double)steps));
    free(x); free(y); free(vx); free(vy); free(fx); free(fy);
    free(x2); free(y2); free(vx2); free(vy2); free(fx2); free(fy2);
    return worst / ke_start < tol ? 0 : 1;
}
