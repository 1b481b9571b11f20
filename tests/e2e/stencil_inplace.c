#include <stdio.h>
#include <stdint.h>
#include "stencil_inplace.h"

#define N 8
#define H 4
#define W 5
#define ERR() printf("error: %s\n", stencil_inplace_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

static void init1d(double *u, double *v) {
    for (int i = 0; i < N; i++) {
        u[i] = 0.5 * (double)((i * 3) % 5) - 0.75 + 0.125 * (double)i;
        v[i] = -0.25 * (double)((i * 7) % 4) + 2.0;
    }
}

int main(void) {
    double u[N], v[N], r[N];

    for (int64_t k = 0; k <= 3; k++) {
        init1d(u, v);
        if (smooth_inplace(N, u, v, k)) ERR(); else { pa(u, N); pa(v, N); }
    }

    double a[H * W];
    static const int64_t ks[] = { 0, 1, 3 };
    for (int t = 0; t < 3; t++) {
        for (int i = 0; i < H; i++)
            for (int j = 0; j < W; j++) a[i * W + j] = 0.25 * (double)((i * 3 + j) % 5) - 0.5;
        if (scale_inplace(H, W, a, 0.5, ks[t])) ERR(); else pa(a, H * W);
    }

    double s = 0.0;
    init1d(u, v);
    if (step_sum(N, u, v, &s)) ERR(); else { printf("%.17g\n", s); pa(u, N); pa(v, N); }

    for (int64_t k = 0; k <= 3; k++) {
        init1d(u, v);
        if (inplace_expr(N, u, v, k, r)) ERR(); else { pa(r, N); pa(u, N); pa(v, N); }
    }

    double p[H * W], q[H * W];
    for (int64_t k = 0; k <= 3; k++) {
        for (int i = 0; i < H; i++)
            for (int j = 0; j < W; j++) {
                p[i * W + j] = 0.125 * (double)((i * 5 + j * 2) % 9) - 0.5;
                q[i * W + j] = 3.0 + 0.25 * (double)((i + j) % 3);
            }
        if (skip_inplace(H, W, p, q, k)) ERR(); else { pa(p, H * W); pa(q, H * W); }
    }
    return 0;
}
