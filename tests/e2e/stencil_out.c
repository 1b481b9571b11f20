#include <stdio.h>
#include <stdlib.h>
#include "stencil_out.h"

enum { H = 7, W = 6, N = 9 };

static void pr(const double *a, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", a[i]); }
static void fill(double *x, int64_t n, int s) { for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 5 + s * 3) % 11) / 8.0 - 0.5; }

#define CHECK(call) do { if (call) { printf("error: %s\n", stencil_out_last_error()); } } while (0)

int main(void)
{
    double x[H * W], c[H * W], o[H * W], o2[H * W], o3[H * W], y[H * W];
    const double k = 0.04;
    fill(x, H * W, 0);
    CHECK(r_mirror(H, W, x, k, o)); pr(o, H * W);
    CHECK(r_wrap(H, W, x, k, o)); pr(o, H * W);
    CHECK(r_clamp(H, W, x, k, o)); pr(o, H * W);
    CHECK(r_src_zero(H, W, x, k, o)); pr(o, H * W);
    CHECK(r_skip(H, W, x, k, o)); pr(o, H * W);
    CHECK(r_dst_zero(H, W, x, k, o)); pr(o, H * W);
    fill(c, H * W, 4);
    CHECK(kept(H, W, x, c, o, o2, o3)); pr(o, H * W); pr(o2, H * W); pr(o3, H * W);
    float xf[N], of[N];
    for (int i = 0; i < N; i++) xf[i] = (float)((i * 3) % 7) / 4.0f - 0.75f;
    CHECK(d1(N, xf, of));
    for (int i = 0; i < N; i++) printf("%.9g\n", (double)of[i]);
    CHECK(peaks(H, W, x, o)); pr(o, H * W);
    fill(y, H * W, 2);
    CHECK(into_param(H, W, x, y, o)); pr(o, H * W); pr(y, H * W);
    /* sums: a small grid (the calling thread) and a large one (threads) */
    static const int64_t SH[][2] = { { 7, 6 }, { 300, 301 } };
    for (int k = 0; k < 2; k++) {
        int64_t h = SH[k][0], w = SH[k][1];
        double *a = malloc(sizeof(double) * h * w), *n = malloc(sizeof(double) * h * w), r = 0;
        float *af = malloc(sizeof(float) * h * w), rf = 0;
        for (int64_t i = 0; i < h * w; i++) a[i] = (double)((i * 7) % 13) / 8.0;
        CHECK(resid(h, w, a, n, &r)); pr(n, h * w); printf("%.17g\n", r);
        for (int64_t i = 0; i < h * w; i++) af[i] = (float)((i * 3) % 5) / 4.0f;
        CHECK(only_sum(h, w, af, &rf)); printf("%.9g\n", (double)rf);
        free(a); free(n); free(af);
    }
    CHECK(named(H, W, x, o)); pr(o, H * W);
    return 0;
}
