#include <stdio.h>
#include <stdlib.h>
#include "stencil_chain.h"

static const int64_t SH[][2] = { { 7, 6 }, { 1, 5 }, { 5, 1 }, { 2, 2 }, { 100, 9 }, { 37, 3 } };

static void pr(const double *a, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", a[i]); }
static void fill(double *x, int64_t n, int s) { for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 7 + s * 5) % 13) / 8.0 - 0.75; }

#define CHECK(call) do { if (call) { printf("error: %s\n", stencil_chain_last_error()); } } while (0)

int main(void)
{
    for (int k = 0; k < 6; k++) {
        int64_t h = SH[k][0], w = SH[k][1], n = h * w;
        double *x = malloc(sizeof(double) * n), *c = malloc(sizeof(double) * n), *o = malloc(sizeof(double) * n);
        float *xf = malloc(sizeof(float) * n), *of = malloc(sizeof(float) * n);
        fill(x, n, k);
        fill(c, n, k + 3);
        CHECK(c_mirror(h, w, x, c, o)); pr(o, n);
        CHECK(c_wrap_clamp(h, w, x, o)); pr(o, n);
        CHECK(c_clamp_zero(h, w, x, 1.5, o)); pr(o, n);
        CHECK(c_zero_skip(h, w, x, o)); pr(o, n);
        for (int64_t i = 0; i < n; i++) xf[i] = (float)((i * 3 + k) % 7) / 4.0f - 0.5f;
        CHECK(c_dst_zero(h, w, xf, of));
        for (int64_t i = 0; i < n; i++) printf("%.9g\n", (double)of[i]);
        CHECK(c_wrap2(h, w, x, o)); pr(o, n);
        CHECK(c_named(h, w, x, o)); pr(o, n);
        free(x); free(c); free(o); free(xf); free(of);
    }
    static const int64_t N1[] = { 1, 2, 5, 100, 70001 };
    for (int k = 0; k < 5; k++) {
        int64_t n = N1[k];
        double *x = malloc(sizeof(double) * n), *o = malloc(sizeof(double) * n);
        fill(x, n, k);
        CHECK(c_1d(n, x, o)); pr(o, n);
        free(x); free(o);
    }
    static const int64_t S3[][3] = { { 3, 4, 5 }, { 20, 2, 3 }, { 1, 1, 1 }, { 40, 3, 2 } };
    for (int k = 0; k < 4; k++) {
        int64_t n = S3[k][0] * S3[k][1] * S3[k][2];
        double *x = malloc(sizeof(double) * n), *o = malloc(sizeof(double) * n);
        fill(x, n, k + 1);
        CHECK(c_3d(S3[k][0], S3[k][1], S3[k][2], x, o)); pr(o, n);
        free(x); free(o);
    }
    return 0;
}
