#include <stdio.h>
#include <stdint.h>
#include "stencil_wave.h"

#define N 10
#define H 5
#define W 6
#define ERR() printf("error: %s\n", stencil_wave_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

static void init2d(double *a, double *b, double *c) {
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++) {
            a[i * W + j] = 0.125 * (double)((i * 5 + j * 3) % 7);
            b[i * W + j] = 0.25 * (double)((i * 2 + j) % 4) - 0.25;
            c[i * W + j] = 0.0625 * (double)((i + 3 * j) % 5);
        }
}

int main(void) {
    double u0[N], u1[N], r[N], s1[N], s2[N], s3[N];
    for (int i = 0; i < N; i++) {
        u0[i] = 0.125 * (double)((i * 3) % 5) + (i >= 3 && i <= 5 ? 1.0 : 0.0);
        u1[i] = 0.25 * (double)((i * 2) % 3) - 0.5 + (i >= 4 && i <= 6 ? 1.0 : 0.0);
    }

    static const int64_t steps[] = { 0, 1, 2, 3, 4, 5, 7, -1 };
    for (int t = 0; t < 8; t++)
        if (wave(N, u0, u1, 0.5, steps[t], r, s1, s2, s3)) ERR();
        else { pa(r, N); pa(s1, N); pa(s2, N); pa(s3, N); }

    static const int64_t steps2[] = { 0, 2, 4, 6, -2 };
    for (int t = 0; t < 5; t++)
        if (wave_stmt(N, u0, u1, 0.125, steps2[t], s1, s2, s3)) ERR();
        else { pa(s1, N); pa(s2, N); pa(s3, N); }

    /* the caller's arrays are the buffers */
    double a[H * W], b[H * W], c[H * W], o[H * W];
    static const int64_t steps3[] = { 0, 1, 3, 4, 5, -1 };
    for (int t = 0; t < 6; t++) {
        init2d(a, b, c);
        if (wave2d(H, W, a, b, c, 0.2, steps3[t], o)) ERR();
        else { pa(o, H * W); pa(a, H * W); pa(b, H * W); pa(c, H * W); }
    }

    double x[8], y[8], m[8];
    for (int i = 0; i < 8; i++) {
        x[i] = 0.5 * (double)((i * 3) % 4) - 0.25 * (double)i;
        y[i] = 0.125 * (double)((i * 5) % 6) + 0.5;
    }
    if (mismatch(6, 6, x, y, 3, m)) ERR(); else pa(m, 6);
    if (mismatch(6, 5, x, y, 3, m)) ERR(); else pa(m, 6);

    double ma[12], mb[12], sum = 0.0;
    for (int k = 0; k < 12; k++) {
        ma[k] = 0.25 * (double)((k * 7) % 9) - 1.0;
        mb[k] = 0.125 * (double)((k * 5) % 11);
    }
    if (mismatch2(3, 4, 3, 4, ma, mb, &sum)) ERR(); else { printf("%.17g\n", sum); pa(ma, 12); }
    if (mismatch2(2, 3, 3, 2, ma, mb, &sum)) ERR(); else { printf("%.17g\n", sum); pa(ma, 6); }
    return 0;
}
