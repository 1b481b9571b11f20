/* Runs md3d: CoMD's Lennard-Jones copper. Builds an fcc lattice of
 * NX x NX x NX unit cells (4 atoms each), gives the atoms velocities for a
 * temperature from a seeded generator (Gaussian, centre-of-mass motion
 * removed, rescaled to the exact temperature), optionally displaces them at
 * random, and advances them with md3d's velocity Verlet. Prints, like CoMD,
 * step, time, total, potential and kinetic energy per atom (eV) and the
 * temperature (K) every K steps.
 *
 *   md3d [-n NX] [-s STEPS] [-k EVERY] [-T KELVIN] [-d DELTA] [-t DT]
 *        [--check-lattice] [--check-allpairs] [--check-drift TOL]
 *
 * --check-lattice   T = 0 lattice: the energy must be CoMD's -1.243619295058
 *                   eV/atom to 1e-10 relative and every force below 1e-12
 * --check-allpairs  the link-cell and all-pairs forces and energies must
 *                   agree to 1e-12 (relative to the largest force)
 * --check-drift TOL the total energy per atom must stay within TOL of the
 *                   energy at step 0 at every printed step
 * A failed check prints why and exits 1; a failed call exits 2. */
#include "md3d.h"
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double kB = 8.617343e-5;        /* eV / K, as CoMD */
static const double lattice = 3.615;         /* Angstrom, copper */
static const double cohesive = -1.243619295058;

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static double u01(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return ((double)(rng >> 11) + 0.5) * 0x1.0p-53;
}
static double gauss(void)
{
    return sqrt(-2.0 * log(u01())) * cos(6.283185307179586 * u01());
}

#define CALL(call) do { if (call) { fprintf(stderr, "md3d: %s\n", md3d_last_error()); return 2; } } while (0)

typedef struct { double *x, *y, *z, *vx, *vy, *vz, *fx, *fy, *fz; } State;

static int alloc_state(State *s, int64_t n)
{
    double **f[] = { &s->x, &s->y, &s->z, &s->vx, &s->vy, &s->vz, &s->fx, &s->fy, &s->fz };
    for (int k = 0; k < 9; k++)
        if (!(*f[k] = calloc((size_t)n, sizeof(double)))) return 1;
    return 0;
}

static void free_state(State *s)
{
    double *f[] = { s->x, s->y, s->z, s->vx, s->vy, s->vz, s->fx, s->fy, s->fz };
    for (int k = 0; k < 9; k++) free(f[k]);
}

static void copy_state(State *d, const State *s, int64_t n)
{
    double *to[] = { d->x, d->y, d->z, d->vx, d->vy, d->vz, d->fx, d->fy, d->fz };
    const double *from[] = { s->x, s->y, s->z, s->vx, s->vy, s->vz, s->fx, s->fy, s->fz };
    for (int k = 0; k < 9; k++) memcpy(to[k], from[k], sizeof(double) * (size_t)n);
}

static double wrap(double x, double l)
{
    return x - l * floor(x / l);
}

/* the largest |E(t) - E(0)| per atom over the first 100 fs, and the largest
 * |E(t) - E(100 fs)| after them */
typedef struct { double first, after; } Run;

/* advances s by `steps` steps of dt in calls of `every` steps (t: work
 * space), printing the energies after each call when `print` */
static int run(Run *r, int64_t n, double l, int64_t nc, State *s, State *t, double pe, double dt,
               int64_t steps, int64_t every, int print)
{
    double ke;
    const double kt = 3 * n * kB;
    CALL(kinetic(n, s->vx, s->vy, s->vz, &ke));
    double e0 = (pe + ke) / n, e100 = e0;
    r->first = r->after = 0;
    if (print) {
        printf("#  step     time(fs)        total    potential      kinetic  temperature\n");
        printf("%7d %12.2f %12.8f %12.8f %12.8f %12.4f\n", 0, 0.0, e0, pe / n, ke / n, 2 * ke / kt);
    }
    double t0 = omp_get_wtime();
    for (int64_t st = every; st <= steps; st += every) {
        CALL(integrate(n, s->x, s->y, s->z, s->vx, s->vy, s->vz, s->fx, s->fy, s->fz, dt, l, l, l, nc, nc, nc,
                       every, t->x, t->y, t->z, t->vx, t->vy, t->vz, t->fx, t->fy, t->fz, &pe));
        State u = *s; *s = *t; *t = u;
        CALL(kinetic(n, s->vx, s->vy, s->vz, &ke));
        double e = (pe + ke) / n, time = (double)st * dt;
        if (print)
            printf("%7lld %12.2f %12.8f %12.8f %12.8f %12.4f\n", (long long)st, time, e, pe / n, ke / n, 2 * ke / kt);
        if (time <= 100 + 1e-9) {
            r->first = fmax(r->first, fabs(e - e0));
            e100 = e;
        } else {
            r->after = fmax(r->after, fabs(e - e100));
        }
    }
    double secs = omp_get_wtime() - t0;
    if (print && steps >= every)
        printf("# %.3f us/atom/step (%d threads)\n",
               secs / ((double)n * (double)(steps / every * every)) * 1e6, omp_get_max_threads());
    return 0;
}

int main(int argc, char **argv)
{
    int64_t nx = 5, steps = 100, every = 10;
    double temp = 600.0, delta = 0.0, dt = 1.0, drift_tol = -1;
    int check_lattice = 0, check_allpairs = 0, check_order = 0;
    for (int a = 1; a < argc; a++) {
        const char *o = argv[a], *v = a + 1 < argc ? argv[a + 1] : NULL;
        if (!strcmp(o, "--check-lattice")) { check_lattice = 1; continue; }
        if (!strcmp(o, "--check-allpairs")) { check_allpairs = 1; continue; }
        if (!strcmp(o, "--check-dt2")) { check_order = 1; continue; }
        if (!v) { fprintf(stderr, "md3d: unknown or incomplete option '%s'\n", o); return 2; }
        if (!strcmp(o, "-n")) nx = atoll(v);
        else if (!strcmp(o, "-s")) steps = atoll(v);
        else if (!strcmp(o, "-k")) every = atoll(v);
        else if (!strcmp(o, "-T")) temp = atof(v);
        else if (!strcmp(o, "-d")) delta = atof(v);
        else if (!strcmp(o, "-t")) dt = atof(v);
        else if (!strcmp(o, "--check-drift")) drift_tol = atof(v);
        else { fprintf(stderr, "md3d: unknown option '%s'\n", o); return 2; }
        a++;
    }
    double l = lattice * (double)nx;
    double rc = 2.5 * 2.315;
    int64_t nc = (int64_t)floor(l / rc);                 /* cells per direction */
    if (nc < 3 || every < 1) {
        fprintf(stderr, "md3d: need at least 5 unit cells per side (3 link cells) and -k >= 1\n");
        return 2;
    }
    int64_t n = 4 * nx * nx * nx;
    State s, t, s0, s1;
    if (alloc_state(&s, n) || alloc_state(&t, n) || alloc_state(&s0, n) || alloc_state(&s1, n)) { fprintf(stderr, "md3d: out of memory\n"); return 2; }

    /* fcc lattice, then an optional random displacement of up to delta */
    static const double basis[4][3] = { {0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5} };
    int64_t i = 0;
    for (int64_t a = 0; a < nx; a++)
        for (int64_t b = 0; b < nx; b++)
            for (int64_t c = 0; c < nx; c++)
                for (int k = 0; k < 4; k++, i++) {
                    s.x[i] = wrap(lattice * ((double)a + basis[k][0] + 0.25) + delta * (2 * u01() - 1), l);
                    s.y[i] = wrap(lattice * ((double)b + basis[k][1] + 0.25) + delta * (2 * u01() - 1), l);
                    s.z[i] = wrap(lattice * ((double)c + basis[k][2] + 0.25) + delta * (2 * u01() - 1), l);
                }

    /* Gaussian velocities, zero total momentum, rescaled to exactly temp */
    double m;
    CALL(atom_mass(&m));
    double p[3] = {0, 0, 0};
    for (i = 0; i < n; i++) {
        double sd = sqrt(kB * temp / m);
        s.vx[i] = sd * gauss(); s.vy[i] = sd * gauss(); s.vz[i] = sd * gauss();
        p[0] += s.vx[i]; p[1] += s.vy[i]; p[2] += s.vz[i];
    }
    for (i = 0; i < n; i++) { s.vx[i] -= p[0] / n; s.vy[i] -= p[1] / n; s.vz[i] -= p[2] / n; }
    double ke, pe;
    CALL(kinetic(n, s.vx, s.vy, s.vz, &ke));
    double scale = ke > 0 ? sqrt(1.5 * (double)n * kB * temp / ke) : 0.0;
    for (i = 0; i < n; i++) { s.vx[i] *= scale; s.vy[i] *= scale; s.vz[i] *= scale; }

    CALL(forces(n, s.x, s.y, s.z, l, l, l, nc, nc, nc, s.fx, s.fy, s.fz, &pe));
    double pe0 = pe;
    copy_state(&s0, &s, n);             /* copies of the start for --check-dt2 */
    copy_state(&s1, &s, n);
    int failed = 0;
    if (check_lattice) {
        double fmax = 0;
        for (i = 0; i < n; i++)
            fmax = fmax > fabs(s.fx[i]) ? fmax : fabs(s.fx[i]),
            fmax = fmax > fabs(s.fy[i]) ? fmax : fabs(s.fy[i]),
            fmax = fmax > fabs(s.fz[i]) ? fmax : fabs(s.fz[i]);
        double rel = fabs(pe / n - cohesive) / fabs(cohesive);
        int ok = rel <= 1e-10 && fmax <= 1e-12;
        printf("lattice: %.12f eV/atom (CoMD %.12f, relative difference %.2e), largest force %.2e eV/A: %s\n",
               pe / n, cohesive, rel, fmax, ok ? "ok" : "FAILED");
        failed |= !ok;
    }
    if (check_allpairs) {
        double pe2, fmax = 0, dmax = 0;
        CALL(forces_allpairs(n, s.x, s.y, s.z, l, l, l, t.fx, t.fy, t.fz, &pe2));
        for (i = 0; i < n; i++) {
            double a[3] = { s.fx[i], s.fy[i], s.fz[i] }, b[3] = { t.fx[i], t.fy[i], t.fz[i] };
            for (int k = 0; k < 3; k++) {
                fmax = fmax > fabs(a[k]) ? fmax : fabs(a[k]);
                dmax = dmax > fabs(a[k] - b[k]) ? dmax : fabs(a[k] - b[k]);
            }
        }
        double erel = fabs(pe - pe2) / fabs(pe2), frel = dmax / fmax;
        int ok = erel <= 1e-12 && dmax <= 1e-12 * fmax;
        printf("all pairs: energy %.12f vs %.12f eV/atom (relative difference %.2e), "
               "largest force difference %.2e of the largest force %.3f eV/A: %s\n",
               pe / n, pe2 / n, erel, frel, fmax, ok ? "ok" : "FAILED");
        failed |= !ok;
    }

    printf("# %lld atoms, box %.4f A, %lld^3 link cells, dt %g fs, T0 %g K, delta %g A\n",
           (long long)n, l, (long long)nc, dt, temp, delta);
    Run r;
    if (run(&r, n, l, nc, &s, &t, pe, dt, steps, every, 1)) return 2;
    if (drift_tol >= 0) {
        /* over the first 100 fs, then the rest of the run against the
         * energy at 100 fs: the start-up offset, then no secular drift */
        int ok = r.first <= drift_tol && r.after <= drift_tol;
        printf("energy drift: %.3e eV/atom in the first 100 fs, %.3e after it (tolerance %.1e): %s\n",
               r.first, r.after, drift_tol, ok ? "ok" : "FAILED");
        failed |= !ok;
    }
    if (check_order) {
        /* the same 100 fs from the same start with dt / 2: velocity Verlet's
         * energy error is O(dt^2), so the offset must shrink about 4 times */
        Run h;
        if (run(&h, n, l, nc, &s0, &t, pe0, dt / 2, (int64_t)llround(200 / dt), 2 * every, 0)) return 2;
        if (run(&r, n, l, nc, &s1, &t, pe0, dt, (int64_t)llround(100 / dt), every, 0)) return 2;
        double ratio = r.first / h.first;
        int ok = ratio > 3.0 && ratio < 5.0;
        printf("dt^2 scaling: offset %.3e at dt %g fs, %.3e at dt %g fs, ratio %.2f (expected about 4): %s\n",
               r.first, dt, h.first, dt / 2, ratio, ok ? "ok" : "FAILED");
        failed |= !ok;
    }
    free_state(&s);
    free_state(&t);
    free_state(&s0);
    free_state(&s1);
    return failed;
}
