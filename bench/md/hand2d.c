/* hand2d.c: hand-written 2-D all-pairs Lennard-Jones MD (see hand2d.h).
 *
 * One parallel region for all steps. Per step: a parallel loop over the
 * particles for the half kick, drift and wrap; then a parallel loop over
 * particles i whose inner loop over all j is branch-free and vectorised
 * (omp simd): the nearest image by d - l rint(d / l) (inlined as a vector
 * rounding instruction, unlike round()), force and energy masked by
 * r2 < rc^2 and j != i; the force is stored with the second half kick. The
 * potential energy is summed per thread and combined in thread order.
 */
#include "hand2d.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static _Thread_local char errbuf[256];
const char *hand2d_last_error(void) { return errbuf; }
static int fail(const char *msg)
{
    snprintf(errbuf, sizeof errbuf, "%s", msg);
    return 1;
}

#ifdef _OPENMP
static int thread_id(void) { return omp_get_thread_num(); }
static int num_threads(void) { return omp_get_num_threads(); }
#else
static int thread_id(void) { return 0; }
static int num_threads(void) { return 1; }
#endif

#define MAXTH 1024

/* forces on particles [all] and this thread's share of the energy; with
 * vx != NULL also the second half kick */
static double forces_loop(int64_t n, const double *restrict x, const double *restrict y,
                          double l, double rc, double h, double *restrict fx,
                          double *restrict fy, double *restrict vx, double *restrict vy)
{
    const double rc2 = rc * rc, il = 1.0 / l;
    const double c2 = 1.0 / rc2, c6 = c2 * c2 * c2, ecut = 4.0 * (c6 * c6 - c6);
    double epot = 0.0;
#pragma omp for schedule(static)
    for (int64_t i = 0; i < n; i++) {
        const double xi = x[i], yi = y[i];
        double ax = 0.0, ay = 0.0, ea = 0.0;
#pragma omp simd reduction(+:ax, ay, ea)
        for (int64_t j = 0; j < n; j++) {
            double dx = xi - x[j], dy = yi - y[j];
            dx -= l * rint(dx * il);     /* rint: +-1 or 0, so exactly dx -+ l or dx */
            dy -= l * rint(dy * il);
            double r2 = dx * dx + dy * dy;
            /* accumulate inside the if: the vectoriser then masks the adds
             * instead of also computing "+ 0 * dx" for the other lanes */
            if ((r2 < rc2) & (j != i)) {
                double ir2 = 1.0 / r2;
                double s6 = ir2 * ir2 * ir2;
                double fr = 24.0 * (2.0 * s6 * s6 - s6) * ir2;
                ax += fr * dx; ay += fr * dy;
                ea += 4.0 * (s6 * s6 - s6) - ecut;
            }
        }
        fx[i] = ax; fy[i] = ay;
        if (vx) { vx[i] = vx[i] + h * ax; vy[i] = vy[i] + h * ay; }
        epot += ea;
    }
    return 0.5 * epot;      /* every pair was seen from both particles */
}

static int check(int64_t n, double l, double rc)
{
    if (n < 0) return fail("hand2d: negative number of particles");
    if (!(rc > 0 && l >= 2.0 * rc)) return fail("hand2d: need 0 < rc and l >= 2 rc");
    return 0;
}

int hand2d_forces(int64_t n, const double *x, const double *y, double l, double rc,
                  double *fx, double *fy, double *pe)
{
    if (check(n, l, rc)) return 1;
    double part[MAXTH] = {0}, e = 0.0;
#pragma omp parallel
    {
        int t = thread_id(), nt = num_threads();
        double et = forces_loop(n, x, y, l, rc, 0.0, fx, fy, NULL, NULL);
        if (t < MAXTH) part[t] = et;
#pragma omp barrier
#pragma omp single
        for (int u = 0; u < nt && u < MAXTH; u++) e += part[u];
    }
    *pe = e;
    errbuf[0] = 0;
    return 0;
}

int hand2d_integrate(HAND2D_INTEGRATE_PARAMS)
{
    if (check(n, l, rc)) return 1;
    if (steps < 0) return fail("hand2d: negative number of steps");
    const double h = 0.5 * dt;
    double part[MAXTH] = {0}, e = 0.0;
    if (steps == 0) {
        size_t b = (size_t)n * sizeof(double);
        memcpy(x, x0, b); memcpy(y, y0, b); memcpy(vx, vx0, b);
        memcpy(vy, vy0, b); memcpy(fx, fx0, b); memcpy(fy, fy0, b);
    }
#pragma omp parallel if (steps > 0)
    {
        int t = thread_id(), nt = num_threads();
        for (int64_t s = 0; s < steps; s++) {
            /* the first step reads the inputs, later ones update in place */
            const double *xa = s ? x : x0, *ya = s ? y : y0, *vxa = s ? vx : vx0;
            const double *vya = s ? vy : vy0, *fxa = s ? fx : fx0, *fya = s ? fy : fy0;
#pragma omp for simd schedule(static)
            for (int64_t i = 0; i < n; i++) {
                double u = vxa[i] + h * fxa[i], v = vya[i] + h * fya[i];
                double p = xa[i] + dt * u, q = ya[i] + dt * v;
                vx[i] = u; vy[i] = v;
                x[i] = p - l * floor(p / l);
                y[i] = q - l * floor(q / l);
            }
            double et = forces_loop(n, x, y, l, rc, h, fx, fy, vx, vy);
            if (t < MAXTH) part[t] = et;
        }
#pragma omp barrier
#pragma omp single
        for (int u = 0; u < nt && u < MAXTH && steps > 0; u++) e += part[u];
    }
    *pe = e;
    errbuf[0] = 0;
    return 0;
}
