/* 3-D link-cell MD benchmark driver (CoMD's Lennard-Jones copper).
 * One executable per implementation:
 *
 *   cc -DIMPL=<integrate> -DIMPL_FORCES=<forces> -DIMPL_LABEL='"name"'
 *      [-DIMPL_HEADER='"BUILD/md3d_gen.h"' -DLAST_ERROR=md3d_gen_last_error]
 *      [-DREF_HAND]  bench3d.c <impl objects> hand.o
 *
 * usage: ./md3d_<impl> [NC [S [R [DUMP]]]]
 *   NC unit cells per direction (default 10: 4*NC^3 = 4000 atoms), S steps
 *   per timed call (default 10), R timed calls (default 5; 0 = check only),
 *   DUMP: write the initial state and this implementation's state after S
 *   steps to the file DUMP (for numba_md.py / numpy_md.py to compare with).
 *
 * 1. the perfect fcc lattice (T = 0): IMPL_FORCES must give CoMD's cohesive
 *    energy -1.243619295058 eV/atom (to 1e-9 relative) and zero forces;
 * 2. the start state: the lattice with velocities for 600 K from a seeded
 *    xorshift64* generator and Box-Muller, the centre-of-mass motion removed
 *    and rescaled to exactly 600 K; its forces from hand_forces, and
 *    IMPL_FORCES must agree with them;
 * 3. the check: S steps of IMPL from the start state against the reference,
 *    which is hand_integrate (with -DREF_HAND) or, for the hand code itself,
 *    a plain serial-in-spirit all-pairs minimum-image integrator in this
 *    file (for N <= 8000; above that only the forces and energy of the final
 *    state are recomputed all-pairs). Positions (periodic difference / box),
 *    velocities, forces (relative to their largest magnitude) and the
 *    potential energy must agree to 1e-9 relative: "check ok";
 * 4. one warm-up and R timed calls of S steps (omp_get_wtime), each result
 *    re-checked; prints the median and a machine-readable RESULT line.
 * Exit status: 0 ok, 2 check failed, 3 IMPL returned non-zero, 1 other.
 */
#define _POSIX_C_SOURCE 200809L
#include "hand.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "../bench_util.h"
#include "md_util.h"
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#else
#include <time.h>
#endif

#ifndef IMPL
#define IMPL hand_integrate
#define IMPL_FORCES hand_forces
#endif
#ifndef IMPL_LABEL
#define IMPL_LABEL "hand_c"
#endif
#ifdef IMPL_HEADER
#include IMPL_HEADER
/* redeclare with the expected ABI: a header that disagrees fails to compile */
int IMPL(HAND_INTEGRATE_PARAMS);
int IMPL_FORCES(int64_t n, const double *x, const double *y, const double *z,
                double lx, double ly, double lz, int64_t ncx, int64_t ncy, int64_t ncz,
                double *fx, double *fy, double *fz, double *pe);
#endif
#ifdef LAST_ERROR
#define IMPL_ERROR() LAST_ERROR()
#else
#define IMPL_ERROR() hand_last_error()
#endif

#define TOL 1e-9
#define TEMP 600.0
#define DT 1.0
#define COHESIVE (-1.243619295058)   /* CoMD's LJ copper, eV/atom */
#define REF_STEPS_MAX 8000           /* all-pairs reference integration up to this N */

/* ---- input ---------------------------------------------------------------- */
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static double u01(void)                 /* xorshift64*, 53-bit uniform in [0,1) */
{
    rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
    return (double)((rng * 2685821657736338717ull) >> 11) * 0x1.0p-53;
}
static double gauss(void)
{
    double u = 1.0 - u01(), v = u01();
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

/* the n = 4 nc^3 atoms of the fcc lattice */
static void lattice(int64_t nc, double *x, double *y, double *z)
{
    static const double b[4][3] = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
    int64_t i = 0;
    for (int64_t ix = 0; ix < nc; ix++)
        for (int64_t iy = 0; iy < nc; iy++)
            for (int64_t iz = 0; iz < nc; iz++)
                for (int k = 0; k < 4; k++, i++) {
                    x[i] = MD_LATTICE * ((double)ix + b[k][0]);
                    y[i] = MD_LATTICE * ((double)iy + b[k][1]);
                    z[i] = MD_LATTICE * ((double)iz + b[k][2]);
                }
}

static double kinetic_energy(int64_t n, const double *vx, const double *vy, const double *vz)
{
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) s += vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i];
    return 0.5 * MD_MASS * s;
}

static double temperature(int64_t n, const double *vx, const double *vy, const double *vz)
{
    return 2.0 * kinetic_energy(n, vx, vy, vz) / (3.0 * (double)n * MD_KB);
}

/* Maxwell-Boltzmann velocities, zero total momentum, exactly `temp` */
static void velocities(int64_t n, double temp, double *vx, double *vy, double *vz)
{
    double sd = sqrt(MD_KB * temp / MD_MASS), px = 0, py = 0, pz = 0;
    for (int64_t i = 0; i < n; i++) {
        vx[i] = sd * gauss(); vy[i] = sd * gauss(); vz[i] = sd * gauss();
        px += vx[i]; py += vy[i]; pz += vz[i];
    }
    for (int64_t i = 0; i < n; i++) {
        vx[i] -= px / (double)n; vy[i] -= py / (double)n; vz[i] -= pz / (double)n;
    }
    double scale = sqrt(temp / temperature(n, vx, vy, vz));
    for (int64_t i = 0; i < n; i++) { vx[i] *= scale; vy[i] *= scale; vz[i] *= scale; }
}

typedef struct { double *x, *y, *z, *vx, *vy, *vz, *fx, *fy, *fz, pe; } state_t;

static int state_alloc(state_t *s, int64_t n)
{
    double **p[9] = {&s->x, &s->y, &s->z, &s->vx, &s->vy, &s->vz, &s->fx, &s->fy, &s->fz};
    for (int k = 0; k < 9; k++)
        if (!(*p[k] = malloc((size_t)n * sizeof(double)))) return 1;
    s->pe = 0.0;
    return 0;
}

static void state_free(state_t *s)
{
    double *p[9] = {s->x, s->y, s->z, s->vx, s->vy, s->vz, s->fx, s->fy, s->fz};
    for (int k = 0; k < 9; k++) free(p[k]);
}

#ifndef REF_HAND
/* ---- all-pairs reference -------------------------------------------------- */
/* forces and energy from every pair with the nearest periodic image */
static void ref_forces(int64_t n, const double *x, const double *y, const double *z,
                       double lx, double ly, double lz, double *fx, double *fy, double *fz,
                       double *pe)
{
    const double rc2 = MD_CUTOFF * MD_CUTOFF, sig2 = MD_SIGMA * MD_SIGMA;
    const double sc = sig2 / rc2, sc6 = sc * sc * sc;
    const double eshift = 4.0 * MD_EPSILON * (sc6 * sc6 - sc6);
    double e = 0.0;
#pragma omp parallel for schedule(dynamic, 16) reduction(+:e)
    for (int64_t i = 0; i < n; i++) {
        double ax = 0.0, ay = 0.0, az = 0.0, ei = 0.0;
#pragma omp simd reduction(+:ax, ay, az, ei)
        for (int64_t j = 0; j < n; j++) {
            double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
            dx -= lx * rint(dx / lx);
            dy -= ly * rint(dy / ly);
            dz -= lz * rint(dz / lz);
            double r2 = dx * dx + dy * dy + dz * dz;
            if (j != i && r2 < rc2) {
                double s2 = sig2 / r2, s6 = s2 * s2 * s2;
                double f = 4.0 * MD_EPSILON * s6 * (12.0 * s6 - 6.0) / r2;
                ax += f * dx; ay += f * dy; az += f * dz;
                ei += 4.0 * MD_EPSILON * (s6 * s6 - s6) - eshift;
            }
        }
        fx[i] = ax; fy[i] = ay; fz[i] = az;
        e += 0.5 * ei;
    }
    *pe = e;
}

static void ref_integrate(int64_t n, const state_t *in, double lx, double ly, double lz,
                          int64_t steps, state_t *out)
{
    size_t b = (size_t)n * sizeof(double);
    memcpy(out->x, in->x, b); memcpy(out->y, in->y, b); memcpy(out->z, in->z, b);
    memcpy(out->vx, in->vx, b); memcpy(out->vy, in->vy, b); memcpy(out->vz, in->vz, b);
    memcpy(out->fx, in->fx, b); memcpy(out->fy, in->fy, b); memcpy(out->fz, in->fz, b);
    const double h = 0.5 * DT / MD_MASS;
    double *x[3] = {out->x, out->y, out->z}, *v[3] = {out->vx, out->vy, out->vz};
    double *f[3] = {out->fx, out->fy, out->fz}, l[3] = {lx, ly, lz};
    for (int64_t s = 0; s < steps; s++) {
        for (int d = 0; d < 3; d++)
            for (int64_t i = 0; i < n; i++) {
                v[d][i] = v[d][i] + h * f[d][i];
                x[d][i] = x[d][i] + DT * v[d][i];
                x[d][i] = x[d][i] - l[d] * floor(x[d][i] / l[d]);
            }
        ref_forces(n, out->x, out->y, out->z, lx, ly, lz, out->fx, out->fy, out->fz, &out->pe);
        for (int d = 0; d < 3; d++)
            for (int64_t i = 0; i < n; i++) v[d][i] = v[d][i] + h * f[d][i];
    }
}

#endif

static double max3(double a, double b, double c) { return fmax(a, fmax(b, c)); }

/* prints one line; returns 1 when a difference exceeds TOL (or is NaN) */
static int compare(const char *what, int64_t n, const state_t *a, const state_t *b,
                   double lx, double ly, double lz, int forces_only)
{
    /* forces relative to their largest magnitude, at least epsilon/sigma
     * (the start state is a perfect lattice: all forces ~0) */
    double fs = fmax(max3(maxabs(n, b->fx), maxabs(n, b->fy), maxabs(n, b->fz)),
                     MD_EPSILON / MD_SIGMA);
    double dp = 0.0, dv = 0.0;
    if (!forces_only) {
        dp = max3(reldiff(n, a->x, b->x, lx, lx), reldiff(n, a->y, b->y, ly, ly),
                  reldiff(n, a->z, b->z, lz, lz));
        double vs = max3(maxabs(n, b->vx), maxabs(n, b->vy), maxabs(n, b->vz));
        dv = max3(reldiff(n, a->vx, b->vx, vs, 0), reldiff(n, a->vy, b->vy, vs, 0),
                  reldiff(n, a->vz, b->vz, vs, 0));
    }
    double df = max3(reldiff(n, a->fx, b->fx, fs, 0), reldiff(n, a->fy, b->fy, fs, 0),
                     reldiff(n, a->fz, b->fz, fs, 0));
    double de = fabs(a->pe - b->pe) / fmax(fabs(b->pe), 1e-300);
    int bad = !(dp <= TOL && dv <= TOL && df <= TOL && de <= TOL);
    printf("  check %s: rel. diff positions %.2e velocities %.2e forces %.2e energy %.2e (tol %.0e): %s\n",
           what, dp, dv, df, de, TOL, bad ? "FAILED" : "ok");
    return bad;
}

static int dump(const char *path, int64_t n, int64_t steps, int64_t nc, const double *l,
                const state_t *a, const state_t *b)
{
    /* int64 magic, dim, n, steps, ncx, ncy, ncz, 0; double lx, ly, lz, dt,
     * pe (final), pe (start), 0, 0; then x y z vx vy vz fx fy fz at the
     * start and after `steps` steps */
    int64_t h[8] = {0x4d44, 3, n, steps, nc, nc, nc, 0};
    double d[8] = {l[0], l[1], l[2], DT, b->pe, a->pe, 0, 0};
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    int ok = fwrite(h, sizeof h, 1, f) == 1 && fwrite(d, sizeof d, 1, f) == 1;
    const state_t *s[2] = {a, b};
    for (int k = 0; k < 2 && ok; k++) {
        const double *arr[9] = {s[k]->x, s[k]->y, s[k]->z, s[k]->vx, s[k]->vy, s[k]->vz,
                                s[k]->fx, s[k]->fy, s[k]->fz};
        for (int q = 0; q < 9 && ok; q++) ok = fwrite(arr[q], sizeof(double), (size_t)n, f) == (size_t)n;
    }
    ok = (fclose(f) == 0) && ok;
    if (!ok) fprintf(stderr, "%s: write failed\n", path);
    return !ok;
}

#define RUN(call) do { if (call) { \
    fprintf(stderr, "%s: %s\n", IMPL_LABEL, IMPL_ERROR()); \
    printf("RESULT impl=%s threads=%d n=%lld status=ERROR\n", IMPL_LABEL, threads(), (long long)n); \
    return 3; } } while (0)

#define INTEGRATE(f, in, out) f(n, (in)->x, (in)->y, (in)->z, (in)->vx, (in)->vy, (in)->vz, \
    (in)->fx, (in)->fy, (in)->fz, DT, l[0], l[1], l[2], nc3, nc3, nc3, steps, (out)->x, \
    (out)->y, (out)->z, (out)->vx, (out)->vy, (out)->vz, (out)->fx, (out)->fy, (out)->fz, &(out)->pe)

int main(int argc, char **argv)
{
    int64_t nc = argc > 1 ? atoll(argv[1]) : 10;
    int64_t steps = argc > 2 ? atoll(argv[2]) : 10;
    int reps = argc > 3 ? atoi(argv[3]) : 5;
    const char *dumpfile = argc > 4 ? argv[4] : NULL;
    if (nc < 1 || nc > 200 || steps < 1 || reps < 0) {
        fprintf(stderr, "usage: %s [NC [S [R [DUMP]]]]\n", argv[0]);
        return 1;
    }
    int64_t n = 4 * nc * nc * nc;
    double l[3] = {MD_LATTICE * (double)nc, MD_LATTICE * (double)nc, MD_LATTICE * (double)nc};
    int64_t nc3 = (int64_t)floor(l[0] / MD_CUTOFF);
    if (nc3 < 3) { fprintf(stderr, "box too small for link cells (NC >= 5)\n"); return 1; }
    state_t s0, a, b;
    if (state_alloc(&s0, n) || state_alloc(&a, n) || state_alloc(&b, n)) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    printf("%s: %lld atoms (fcc %lld^3), box %.4f A, %lld^3 link cells, %lld steps of %g fs, %d threads\n",
           IMPL_LABEL, (long long)n, (long long)nc, l[0], (long long)nc3, (long long)steps, DT, threads());
    int bad = 0;

    /* 1. perfect lattice */
    lattice(nc, s0.x, s0.y, s0.z);
    RUN(IMPL_FORCES(n, s0.x, s0.y, s0.z, l[0], l[1], l[2], nc3, nc3, nc3, a.fx, a.fy, a.fz, &a.pe));
    {
        double fm = max3(maxabs(n, a.fx), maxabs(n, a.fy), maxabs(n, a.fz));
        double de = fabs(a.pe / (double)n - COHESIVE) / fabs(COHESIVE);
        int b1 = !(de <= TOL && fm <= 1e-10);
        printf("  check lattice: energy %.12f eV/atom (CoMD %.12f, rel. diff %.1e), max |F| %.1e: %s\n",
               a.pe / (double)n, COHESIVE, de, fm, b1 ? "FAILED" : "ok");
        bad |= b1;
    }

    /* 2. start state */
    velocities(n, TEMP, s0.vx, s0.vy, s0.vz);
    if (hand_forces(n, s0.x, s0.y, s0.z, l[0], l[1], l[2], nc3, nc3, nc3, s0.fx, s0.fy, s0.fz, &s0.pe)) {
        fprintf(stderr, "hand_forces: %s\n", hand_last_error());
        return 3;
    }
    printf("  start: T = %.6f K, potential %.9f eV/atom, kinetic %.9f eV/atom\n",
           temperature(n, s0.vx, s0.vy, s0.vz), s0.pe / (double)n,
           kinetic_energy(n, s0.vx, s0.vy, s0.vz) / (double)n);
#ifdef REF_HAND
    RUN(IMPL_FORCES(n, s0.x, s0.y, s0.z, l[0], l[1], l[2], nc3, nc3, nc3, a.fx, a.fy, a.fz, &a.pe));
    bad |= compare("start forces vs hand_forces", n, &a, &s0, l[0], l[1], l[2], 1);
#else
    /* (the start positions are the lattice checked above: above
     * REF_STEPS_MAX only the final state is recomputed all-pairs) */
    if (n <= REF_STEPS_MAX) {
        ref_forces(n, s0.x, s0.y, s0.z, l[0], l[1], l[2], a.fx, a.fy, a.fz, &a.pe);
        bad |= compare("start forces vs all-pairs", n, &s0, &a, l[0], l[1], l[2], 1);
    }
#endif

    /* 3. S steps against the reference */
    RUN(INTEGRATE(IMPL, &s0, &a));
#ifdef REF_HAND
    RUN(INTEGRATE(hand_integrate, &s0, &b));
    bad |= compare("after S steps vs hand_integrate", n, &a, &b, l[0], l[1], l[2], 0);
#else
    if (n <= REF_STEPS_MAX) {
        ref_integrate(n, &s0, l[0], l[1], l[2], steps, &b);
        bad |= compare("after S steps vs all-pairs integration", n, &a, &b, l[0], l[1], l[2], 0);
    } else {
        ref_forces(n, a.x, a.y, a.z, l[0], l[1], l[2], b.fx, b.fy, b.fz, &b.pe);
        bad |= compare("final forces vs all-pairs", n, &a, &b, l[0], l[1], l[2], 1);
    }
#endif
    {
        double e0 = s0.pe + kinetic_energy(n, s0.vx, s0.vy, s0.vz);
        double e1 = a.pe + kinetic_energy(n, a.vx, a.vy, a.vz);
        printf("  after %lld steps: T = %.3f K, potential %.9f eV/atom, energy drift %.2e eV/atom\n",
               (long long)steps, temperature(n, a.vx, a.vy, a.vz), a.pe / (double)n,
               (e1 - e0) / (double)n);
    }
    if (bad) {
        printf("check FAILED\nRESULT impl=%s threads=%d n=%lld status=CHECK_FAILED\n",
               IMPL_LABEL, threads(), (long long)n);
        return 2;
    }
    printf("check ok\n");
    if (dumpfile && dump(dumpfile, n, steps, nc3, l, &s0, &a)) return 1;
    if (reps == 0) {
        printf("RESULT impl=%s threads=%d n=%lld steps=%lld pe=%.17g status=ok\n",
               IMPL_LABEL, threads(), (long long)n, (long long)steps, a.pe);
        state_free(&s0); state_free(&a); state_free(&b);
        return 0;
    }

    /* 4. timing */
    RUN(INTEGRATE(IMPL, &s0, &b));              /* warm-up */
    double *t = malloc((size_t)reps * sizeof(double));
    if (!t) return 1;
    for (int r = 0; r < reps; r++) {
        double t0 = wtime();
        RUN(INTEGRATE(IMPL, &s0, &b));
        t[r] = wtime() - t0;
        if (reldiff(n, b.x, a.x, l[0], l[0]) > TOL || !(fabs(b.pe - a.pe) <= TOL * fabs(a.pe))) {
            printf("  check: the result changed between runs\nRESULT impl=%s threads=%d n=%lld status=CHECK_FAILED\n",
                   IMPL_LABEL, threads(), (long long)n);
            return 2;
        }
    }
    printf("  times (ms):");
    for (int r = 0; r < reps; r++) printf(" %.3f", 1e3 * t[r]);
    printf("\n");
    qsort(t, (size_t)reps, sizeof(double), cmp_double);
    double med = reps % 2 ? t[reps / 2] : 0.5 * (t[reps / 2 - 1] + t[reps / 2]);
    double us = med / ((double)n * (double)steps) * 1e6;
    printf("  median %.3f ms per %lld steps, %.4f us/atom/step\n", 1e3 * med, (long long)steps, us);
    printf("RESULT impl=%s threads=%d n=%lld steps=%lld median_ms=%.4f min_ms=%.4f "
           "us_per_atom_step=%.5f pe=%.17g status=ok\n",
           IMPL_LABEL, threads(), (long long)n, (long long)steps, 1e3 * med, 1e3 * t[0], us, a.pe);
    free(t);
    state_free(&s0); state_free(&a); state_free(&b);
    return 0;
}
