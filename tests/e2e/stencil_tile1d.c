#include <stdio.h>
#include <stdlib.h>
#include "stencil_tile1d.h"

static const int64_t SIZES[] = { 37, 1100, 2500, 45000 };
static const int64_t ITS[] = { 0, 4, 5, 66, 67, 130, 200 };

#define CHECK(call) do { if (call) { printf("error: %s\n", stencil_tile1d_last_error()); } } while (0)

/* every element of a small array; of a large one every 7th (every 101st
   past 10000) and two in-order sums, plain and weighted */
static void pr(const double *a, int64_t n)
{
    int64_t step = n <= 40 ? 1 : n <= 10000 ? 7 : 101;
    double s = 0, w = 0;
    for (int64_t i = 0; i < n; i++) {
        if (i % step == 0) printf("%.17g\n", a[i]);
        s += a[i];
        w += (double)(i % 13 + 1) * a[i];
    }
    if (step > 1) printf("%.17g\n%.17g\n", s, w);
}

static void fill(double *x, int64_t n, int s) { for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 7 + s * 3) % 17) / 16.0 - 0.25; }

typedef int (*kern)(int64_t, double *, int64_t, double *);

int main(void)
{
    static double x[45000], o[45000], d[45000];
    static float xf[45000], of[45000];
    static const kern K[] = { t_skip, t_wraparound, t_dst_zero, t_src_zero, t_clamp, t_mirror, t_reach, t_second };
    for (int z = 0; z < 4; z++) {
        int64_t n = SIZES[z];
        for (int t = 0; t < 7; t++) {
            int64_t it = ITS[t];
            if (n > 10000 && it != 5 && it != 67) continue;
            for (int k = 0; k < 8; k++) {
                fill(x, n, k);
                CHECK(K[k](n, x, it, o));
                pr(o, n);
                pr(x, n);
            }
            for (int64_t i = 0; i < n; i++) xf[i] = (float)((i * 5) % 13) / 8.0f;
            CHECK(t_f32(n, xf, it, of));
            for (int64_t i = 0; i < n; i++) { d[i] = of[i]; o[i] = xf[i]; }
            pr(d, n);
            pr(o, n);
        }
    }
    return 0;
}
