#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "stencil_sweep.h"

/* grids: one past 2 MiB in f64 (swept on one thread), a small one */
static const int64_t DIMS[][3] = { { 70, 64, 60 }, { 5, 6, 7 } };
static const int64_t ITS[] = { 0, 1, 11, 23 };

#define CHECK(call) do { if (call) { printf("error: %s\n", stencil_sweep_last_error()); } } while (0)

/* s += x, compensated (Kahan): the sums are within an ulp or two of exact */
static void kahan(double *s, double *c, double x)
{
    double y = x - *c, t = *s + y;
    *c = (t - *s) - y;
    *s = t;
}

/* every 997th element (all of a small grid) and two sums, plain and weighted */
static void pr(const double *a, int64_t n)
{
    int64_t step = n <= 300 ? 1 : 997;
    double s = 0, cs = 0, w = 0, cw = 0;
    for (int64_t i = 0; i < n; i++) {
        if (i % step == 0) printf("%.17g\n", a[i]);
        kahan(&s, &cs, a[i]);
        kahan(&w, &cw, (double)(i % 13 + 1) * a[i]);
    }
    printf("%.17g\n%.17g\n", s, w);
}

static void fill(double *x, int64_t n, int s) { for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 7 + s * 3) % 17) / 16.0 - 0.25; }

typedef int (*kern)(int64_t, int64_t, int64_t, double *, int64_t, double *);

static void threads(int one)
{
#ifdef _OPENMP
    static int def = 0;
    if (!def) def = omp_get_max_threads();
    omp_set_num_threads(one ? 1 : def);
#else
    (void)one;
#endif
}

int main(void)
{
    enum { MAX = 300000 };
    double *x = malloc(MAX * sizeof *x), *o = malloc(MAX * sizeof *o);
    float *xf = malloc(2 * MAX * sizeof *xf), *of = malloc(2 * MAX * sizeof *of);
    double *df = malloc(2 * MAX * sizeof *df);
    static const kern K[] = { t_skip, t_dst_zero, t_src_zero, t_clamp, t_mirror, t_reach, t_second };
    for (int z = 0; z < 2; z++) {
        int64_t p = DIMS[z][0], q = DIMS[z][1], r = DIMS[z][2], n = p * q * r;
        for (int t = 0; t < 4; t++) {
            int64_t it = ITS[t];
            for (int one = 1; one >= 0; one--) {
                threads(one);
                for (int k = 0; k < 7; k++) {
                    fill(x, n, k);
                    CHECK(K[k](p, q, r, x, it, o));
                    pr(o, n);
                    pr(x, n);
                }
                /* f32: twice the planes (past 2 MiB in f32 too for the big grids) */
                int64_t nf = 2 * n;
                for (int64_t i = 0; i < nf; i++) xf[i] = (float)((i * 5) % 13) / 8.0f;
                CHECK(t_f32(2 * p, q, r, xf, it, of));
                for (int64_t i = 0; i < nf; i++) df[i] = of[i];
                pr(df, nf);
                for (int64_t i = 0; i < nf; i++) df[i] = xf[i];
                pr(df, nf);
            }
        }
    }
    /* 2-D: a grid past 2 MiB and a small one */
    static const int64_t DIMS2[][2] = { { 600, 500 }, { 7, 9 } };
    typedef int (*kern2)(int64_t, int64_t, double *, int64_t, double *);
    static const kern2 K2[] = { u_skip, u_clamp, u_reach };
    for (int z = 0; z < 2; z++) {
        int64_t p = DIMS2[z][0], q = DIMS2[z][1], n = p * q;
        for (int t = 0; t < 4; t++) {
            for (int one = 1; one >= 0; one--) {
                threads(one);
                for (int k = 0; k < 3; k++) {
                    fill(x, n, k);
                    CHECK(K2[k](p, q, x, ITS[t], o));
                    pr(o, n);
                    pr(x, n);
                }
            }
        }
    }
    free(x); free(o); free(xf); free(of); free(df);
    return 0;
}
