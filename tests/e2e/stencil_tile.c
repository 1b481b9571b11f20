#include <stdio.h>
#include <stdlib.h>
#include "stencil_tile.h"

enum { H = 13, W = 11, N = 23 };
static const int64_t ITS[] = { 0, 1, 2, 4, 7, 10 };

static void pr(const double *a, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", a[i]); }
static void prf(const float *a, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.9g\n", (double)a[i]); }
static void fill(double *x, int64_t n, int s) { for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 7 + s * 3) % 17) / 16.0 - 0.25; }

#define CHECK(call) do { if (call) { printf("error: %s\n", stencil_tile_last_error()); } } while (0)

int main(void)
{
    double x[H * W], c[H * W], o[H * W], y[N], p[N];
    float xf[H * W], of[H * W];
    for (int t = 0; t < 6; t++) {
        int64_t it = ITS[t];
        fill(x, H * W, 0); CHECK(t_skip(H, W, x, it, o)); pr(o, H * W); pr(x, H * W);
        fill(x, H * W, 1); CHECK(t_wraparound(H, W, x, it, o)); pr(o, H * W); pr(x, H * W);
        fill(x, H * W, 2); CHECK(t_dst_zero(H, W, x, it, o)); pr(o, H * W); pr(x, H * W);
        fill(x, H * W, 3); CHECK(t_src_zero(H, W, x, it, o)); pr(o, H * W); pr(x, H * W);
        fill(x, H * W, 4); CHECK(t_clamp(H, W, x, it, o)); pr(o, H * W); pr(x, H * W);
        fill(x, H * W, 5); CHECK(t_mirror(H, W, x, it, o)); pr(o, H * W); pr(x, H * W);
        fill(x, H * W, 7); fill(c, H * W, 9); for (int i = 0; i < H * W; i++) c[i] *= 0.5;
        CHECK(t_coef(H, W, x, c, it, o)); pr(o, H * W); pr(x, H * W);
        fill(y, N, 8); CHECK(t_1d(N, y, it, p)); pr(p, N); pr(y, N);
        for (int i = 0; i < H * W; i++) xf[i] = (float)((i * 5) % 13) / 8.0f;
        CHECK(t_blur(H, W, xf, it, of)); prf(of, H * W); prf(xf, H * W);
        fill(x, H * W, 11); CHECK(t_second(H, W, x, it, o)); pr(o, H * W); pr(x, H * W);
    }
    return 0;
}
