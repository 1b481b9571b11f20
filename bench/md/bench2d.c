/* 2-D all-pairs MD benchmark driver (examples/md/md2d.arr's problem).
 * One executable per implementation:
 *
 *   cc -DIMPL=<integrate> -DIMPL_FORCES=<forces> -DIMPL_LABEL='"name"'
 *      [-DIMPL_HEADER='"BUILD/md2d_gen.h"' -DLAST_ERROR=md2d_gen_last_error]
 *      [-DREF_HAND]  bench2d.c <impl objects> hand2d.o
 *
 * usage: ./md2d_<impl> [NX [S [R [DUMP]]]]
 *   NX particles per side (default 64: 4096 particles), S steps per timed
 *   call (default 5), R timed calls (default 5; 0 = check only), DUMP: write
 *   the initial state and the state after S steps (for the Python peers).
 *
 * The start state is examples/md/main2d.c's: NX x NX particles on a square
 * grid of spacing 1.1225 in a periodic box, velocities uniform from its
 * xorshift generator (same seed), zero net momentum, scaled to T = 0.5
 * (kinetic energy N T); dt = 0.005, rc = 3. Its forces come from
 * hand2d_forces. The check runs S steps of IMPL against hand2d_integrate
 * (-DREF_HAND) or, for the hand code itself, a plain all-pairs integrator in
 * this file; positions (periodic difference / box), velocities, forces and
 * the potential energy must agree to 1e-9 relative ("check ok"). Then one
 * warm-up and R timed calls; prints the median and a RESULT line.
 * Exit status: 0 ok, 2 check failed, 3 IMPL returned non-zero, 1 other.
 */
#define _POSIX_C_SOURCE 200809L
#include "hand2d.h"

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
#define IMPL hand2d_integrate
#define IMPL_FORCES hand2d_forces
#endif
#ifndef IMPL_LABEL
#define IMPL_LABEL "hand_c"
#endif
#ifdef IMPL_HEADER
#include IMPL_HEADER
/* redeclare with the expected ABI: a header that disagrees fails to compile */
int IMPL(HAND2D_INTEGRATE_PARAMS);
int IMPL_FORCES(int64_t n, const double *x, const double *y, double l, double rc,
                double *fx, double *fy, double *pe);
#endif
#ifdef LAST_ERROR
#define IMPL_ERROR() LAST_ERROR()
#else
#define IMPL_ERROR() hand2d_last_error()
#endif

#define TOL 1e-9
#define SPACING 1.1225
#define DT 0.005
#define RC 3.0
#define TEMP 0.5

static uint64_t rng = 88172645463325252ull;     /* as examples/md/main2d.c */
static double u01(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (double)(rng >> 11) * 0x1.0p-53;
}

typedef struct { double *x, *y, *vx, *vy, *fx, *fy, pe; } state_t;

static int state_alloc(state_t *s, int64_t n)
{
    double **p[6] = {&s->x, &s->y, &s->vx, &s->vy, &s->fx, &s->fy};
    for (int k = 0; k < 6; k++)
        if (!(*p[k] = malloc((size_t)n * sizeof(double)))) return 1;
    s->pe = 0.0;
    return 0;
}

static void state_free(state_t *s)
{
    double *p[6] = {s->x, s->y, s->vx, s->vy, s->fx, s->fy};
    for (int k = 0; k < 6; k++) free(p[k]);
}

static double kinetic_energy(int64_t n, const double *vx, const double *vy)
{
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) s += vx[i] * vx[i] + vy[i] * vy[i];
    return 0.5 * s;
}

#ifndef REF_HAND
/* all pairs, nearest image by rint */
static void ref_forces(int64_t n, const double *x, const double *y, double l,
                       double *fx, double *fy, double *pe)
{
    const double rc2 = RC * RC, c6 = 1.0 / (rc2 * rc2 * rc2), ecut = 4.0 * (c6 * c6 - c6);
    double e = 0.0;
#pragma omp parallel for schedule(static) reduction(+:e)
    for (int64_t i = 0; i < n; i++) {
        double ax = 0.0, ay = 0.0, ei = 0.0;
#pragma omp simd reduction(+:ax, ay, ei)
        for (int64_t j = 0; j < n; j++) {
            double dx = x[i] - x[j], dy = y[i] - y[j];
            dx -= l * rint(dx / l);
            dy -= l * rint(dy / l);
            double r2 = dx * dx + dy * dy;
            if (j != i && r2 < rc2) {
                double r6 = r2 * r2 * r2;
                double f = (48.0 / (r6 * r6) - 24.0 / r6) / r2;
                ax += f * dx; ay += f * dy;
                ei += 4.0 / (r6 * r6) - 4.0 / r6 - ecut;
            }
        }
        fx[i] = ax; fy[i] = ay;
        e += 0.5 * ei;
    }
    *pe = e;
}

static void ref_integrate(int64_t n, const state_t *in, double l, int64_t steps, state_t *o)
{
    size_t b = (size_t)n * sizeof(double);
    memcpy(o->x, in->x, b); memcpy(o->y, in->y, b); memcpy(o->vx, in->vx, b);
    memcpy(o->vy, in->vy, b); memcpy(o->fx, in->fx, b); memcpy(o->fy, in->fy, b);
    double *x[2] = {o->x, o->y}, *v[2] = {o->vx, o->vy}, *f[2] = {o->fx, o->fy};
    for (int64_t s = 0; s < steps; s++) {
        for (int d = 0; d < 2; d++)
            for (int64_t i = 0; i < n; i++) {
                v[d][i] = v[d][i] + 0.5 * DT * f[d][i];
                x[d][i] = x[d][i] + DT * v[d][i];
                x[d][i] = x[d][i] - l * floor(x[d][i] / l);
            }
        ref_forces(n, o->x, o->y, l, o->fx, o->fy, &o->pe);
        for (int d = 0; d < 2; d++)
            for (int64_t i = 0; i < n; i++) v[d][i] = v[d][i] + 0.5 * DT * f[d][i];
    }
}

#endif

static int compare(const char *what, int64_t n, const state_t *a, const state_t *b, double l,
                   int forces_only)
{
    double fs = fmax(fmax(maxabs(n, b->fx), maxabs(n, b->fy)), 1.0);
    double vs = fmax(maxabs(n, b->vx), maxabs(n, b->vy));
    double dp = 0.0, dv = 0.0;
    if (!forces_only) {
        dp = fmax(reldiff(n, a->x, b->x, l, l), reldiff(n, a->y, b->y, l, l));
        dv = fmax(reldiff(n, a->vx, b->vx, vs, 0), reldiff(n, a->vy, b->vy, vs, 0));
    }
    double df = fmax(reldiff(n, a->fx, b->fx, fs, 0), reldiff(n, a->fy, b->fy, fs, 0));
    double de = fabs(a->pe - b->pe) / fmax(fabs(b->pe), 1e-300);
    int bad = !(dp <= TOL && dv <= TOL && df <= TOL && de <= TOL);
    printf("  check %s: rel. diff positions %.2e velocities %.2e forces %.2e energy %.2e (tol %.0e): %s\n",
           what, dp, dv, df, de, TOL, bad ? "FAILED" : "ok");
    return bad;
}

static int dump(const char *path, int64_t n, int64_t steps, double l, const state_t *a,
                const state_t *b)
{
    /* int64 magic, dim, n, steps, 0 x 4; double l, l, 0, dt, pe (final),
     * pe (start), rc, 0; then x y vx vy fx fy at the start and after
     * `steps` steps */
    int64_t h[8] = {0x4d44, 2, n, steps, 0, 0, 0, 0};
    double d[8] = {l, l, 0, DT, b->pe, a->pe, RC, 0};
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); return 1; }
    int ok = fwrite(h, sizeof h, 1, f) == 1 && fwrite(d, sizeof d, 1, f) == 1;
    const state_t *s[2] = {a, b};
    for (int k = 0; k < 2 && ok; k++) {
        const double *arr[6] = {s[k]->x, s[k]->y, s[k]->vx, s[k]->vy, s[k]->fx, s[k]->fy};
        for (int q = 0; q < 6 && ok; q++) ok = fwrite(arr[q], sizeof(double), (size_t)n, f) == (size_t)n;
    }
    ok = (fclose(f) == 0) && ok;
    if (!ok) fprintf(stderr, "%s: write failed\n", path);
    return !ok;
}

#define RUN(call) do { if (call) { \
    fprintf(stderr, "%s: %s\n", IMPL_LABEL, IMPL_ERROR()); \
    printf("RESULT impl=%s threads=%d n=%lld status=ERROR\n", IMPL_LABEL, threads(), (long long)n); \
    return 3; } } while (0)

#define INTEGRATE(f, in, out) f(n, (in)->x, (in)->y, (in)->vx, (in)->vy, (in)->fx, (in)->fy, \
    DT, l, RC, steps, (out)->x, (out)->y, (out)->vx, (out)->vy, (out)->fx, (out)->fy, &(out)->pe)

int main(int argc, char **argv)
{
    int64_t nx = argc > 1 ? atoll(argv[1]) : 64;
    int64_t steps = argc > 2 ? atoll(argv[2]) : 5;
    int reps = argc > 3 ? atoi(argv[3]) : 5;
    const char *dumpfile = argc > 4 ? argv[4] : NULL;
    if (nx < 6 || nx > 100000 || steps < 1 || reps < 0) {
        fprintf(stderr, "usage: %s [NX (>= 6) [S [R [DUMP]]]]\n", argv[0]);
        return 1;
    }
    int64_t n = nx * nx;
    double l = SPACING * (double)nx;
    state_t s0, a, b;
    if (state_alloc(&s0, n) || state_alloc(&a, n) || state_alloc(&b, n)) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    printf("%s: %lld particles (2-D, %lld^2), box %.4f, rc %g, %lld steps of %g, %d threads\n",
           IMPL_LABEL, (long long)n, (long long)nx, l, RC, (long long)steps, DT, threads());

    double px = 0, py = 0;
    for (int64_t i = 0; i < n; i++) {
        s0.x[i] = SPACING * (0.5 + (double)(i % nx));
        s0.y[i] = SPACING * (0.5 + (double)(i / nx));
        s0.vx[i] = u01() - 0.5; s0.vy[i] = u01() - 0.5;
        px += s0.vx[i]; py += s0.vy[i];
    }
    for (int64_t i = 0; i < n; i++) { s0.vx[i] -= px / (double)n; s0.vy[i] -= py / (double)n; }
    double scale = sqrt(TEMP * (double)n / kinetic_energy(n, s0.vx, s0.vy));   /* 2-D: kinetic = N T */
    for (int64_t i = 0; i < n; i++) { s0.vx[i] *= scale; s0.vy[i] *= scale; }
    if (hand2d_forces(n, s0.x, s0.y, l, RC, s0.fx, s0.fy, &s0.pe)) {
        fprintf(stderr, "hand2d_forces: %s\n", hand2d_last_error());
        return 3;
    }
    printf("  start: potential %.9f, kinetic %.9f per particle\n", s0.pe / (double)n,
           kinetic_energy(n, s0.vx, s0.vy) / (double)n);
    int bad = 0;
    RUN(IMPL_FORCES(n, s0.x, s0.y, l, RC, a.fx, a.fy, &a.pe));
#ifdef REF_HAND
    bad |= compare("start forces vs hand2d_forces", n, &a, &s0, l, 1);
#else
    ref_forces(n, s0.x, s0.y, l, b.fx, b.fy, &b.pe);
    bad |= compare("start forces vs all-pairs reference", n, &a, &b, l, 1);
#endif
    RUN(INTEGRATE(IMPL, &s0, &a));
#ifdef REF_HAND
    RUN(INTEGRATE(hand2d_integrate, &s0, &b));
    bad |= compare("after S steps vs hand2d_integrate", n, &a, &b, l, 0);
#else
    ref_integrate(n, &s0, l, steps, &b);
    bad |= compare("after S steps vs reference integration", n, &a, &b, l, 0);
#endif
    printf("  after %lld steps: potential %.9f per particle, energy drift %.2e per particle\n",
           (long long)steps, a.pe / (double)n,
           (a.pe + kinetic_energy(n, a.vx, a.vy) - s0.pe - kinetic_energy(n, s0.vx, s0.vy)) / (double)n);
    if (bad) {
        printf("check FAILED\nRESULT impl=%s threads=%d n=%lld status=CHECK_FAILED\n",
               IMPL_LABEL, threads(), (long long)n);
        return 2;
    }
    printf("check ok\n");
    if (dumpfile && dump(dumpfile, n, steps, l, &s0, &a)) return 1;
    if (reps == 0) {
        printf("RESULT impl=%s threads=%d n=%lld steps=%lld pe=%.17g status=ok\n",
               IMPL_LABEL, threads(), (long long)n, (long long)steps, a.pe);
        state_free(&s0); state_free(&a); state_free(&b);
        return 0;
    }

    RUN(INTEGRATE(IMPL, &s0, &b));              /* warm-up */
    double *t = malloc((size_t)reps * sizeof(double));
    if (!t) return 1;
    for (int r = 0; r < reps; r++) {
        double t0 = wtime();
        RUN(INTEGRATE(IMPL, &s0, &b));
        t[r] = wtime() - t0;
        if (reldiff(n, b.x, a.x, l, l) > TOL || !(fabs(b.pe - a.pe) <= TOL * fabs(a.pe))) {
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
    printf("  median %.3f ms per %lld steps, %.4f us/particle/step\n", 1e3 * med, (long long)steps, us);
    printf("RESULT impl=%s threads=%d n=%lld steps=%lld median_ms=%.4f min_ms=%.4f "
           "us_per_atom_step=%.5f pe=%.17g status=ok\n",
           IMPL_LABEL, threads(), (long long)n, (long long)steps, 1e3 * med, 1e3 * t[0], us, a.pe);
    free(t);
    state_free(&s0); state_free(&a); state_free(&b);
    return 0;
}
