#include <stdio.h>
#include <stdint.h>
#include "stencil_rotation.h"

#define H 11
#define W 13
#define N 10
#define ERR() printf("error: %s\n", stencil_rotation_last_error())

static void pf(const float *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", (double)v[i]); }
static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

static void init_img(float *img) {
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++)
            img[i * W + j] = (float)(0.25 + (double)((i * 7 + j * 3) % 11) * 0.125
                                     + 0.015625 * (double)i * (double)(j % 4));
}

int main(void) {
    float img[H * W], out[H * W];
    /* blur: img is the caller's array, updated in place */
    for (int64_t k = 0; k <= 4; k++) {
        init_img(img);
        if (blur(H, W, img, k, out)) ERR(); else { pf(out, H * W); pf(img, H * W); }
    }
    for (int64_t k = 0; k <= 3; k++) {
        init_img(img);
        if (blur_mirror(H, W, img, k, out)) ERR(); else { pf(out, H * W); pf(img, H * W); }
    }

    double x[N], r[N], u[N], v[N];
    for (int i = 0; i < N; i++) x[i] = (double)((i * 5) % 7 - 2) * 0.5 + 0.125 * (double)i + 0.5;
    for (int64_t k = 0; k <= 5; k++)
        if (rot_skip(N, x, k, r, u, v)) ERR(); else { pa(r, N); pa(u, N); pa(v, N); }
    for (int64_t k = 0; k <= 5; k++)
        if (rot_dst_zero(N, x, k, r, u, v)) ERR(); else { pa(r, N); pa(u, N); pa(v, N); }
    for (int64_t k = 0; k <= 5; k++)
        if (rot_wrap(N, x, k, r, u, v)) ERR(); else { pa(r, N); pa(u, N); pa(v, N); }
    for (int64_t k = 0; k <= 5; k++)
        if (rot_none(N, x, k, r, u, v)) ERR(); else { pa(r, N); pa(u, N); pa(v, N); }
    return 0;
}
