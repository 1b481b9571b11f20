#include <stdio.h>
#include <stdlib.h>
#include "rowfuse.h"

#define CHECK(call) do { if (call) { printf("error: %s\n", rowfuse_last_error()); } } while (0)

static void pr(const double *a, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", a[i]); }
static void fill(double *x, int64_t n, int s) { for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 7 + s * 3) % 17) / 16.0 - 0.25; }

int main(void)
{
    static const int64_t F[][2] = { { 1, 1 }, { 2, 3 }, { 5, 4 }, { 17, 9 }, { 40, 33 }, { 70, 5 } };
    static const int64_t D[][2] = { { 2, 2 }, { 3, 5 }, { 19, 4 }, { 50, 6 } };
    static double a[70 * 40], b[70 * 40], c[70 * 40];
    double fict[3] = { 0.1, -0.2, 0.3 };
    for (int k = 0; k < 6; k++) {
        int64_t nx = F[k][0], ny = F[k][1];
        fill(a, nx * ny, 1); fill(b, nx * ny, 2); fill(c, nx * ny, 3);
        CHECK(fdtd(nx, ny, 3, a, b, c, fict));
        pr(a, nx * ny); pr(b, nx * ny); pr(c, nx * ny);
    }
    for (int k = 0; k < 4; k++) {
        int64_t n = D[k][0], m = D[k][1];
        fill(a, n * m, 4); fill(b, n * m, 5);
        CHECK(dist2(n, m, a, b));
        pr(a, n * m); pr(b, n * m);
        fill(a, n * m, 6); fill(b, n * m, 7);
        CHECK(backward(n, m, a, b));
        pr(a, n * m); pr(b, n * m);
    }
    return 0;
}
