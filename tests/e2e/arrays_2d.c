#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "arrays_2d.h"

#define H 4
#define W 5
#define ERR() printf("error: %s\n", arrays_2d_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double a[H * W], b[H * W], r[H * W];
    bool rb[H * W];
    int32_t k[H * W], rk[H * W];
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++) {
            a[i * W + j] = (double)(i * W + j) * 0.125 - 1.0;
            b[i * W + j] = (double)(i - j) / 3.0;
            k[i * W + j] = (int32_t)(i * 1000 - j * 77);
        }
    if (add2(H, W, a, b, 1.5, r)) ERR(); else pa(r, H * W);
    if (ops2(H, W, a, r, rb)) ERR();
    else { pa(r, H * W); for (int i = 0; i < H * W; i++) printf("%d\n", (int)rb[i]); }
    double x0, x1, x2;
    if (idx2(H, W, a, &x0, &x1, &x2)) ERR(); else printf("%.17g\n%.17g\n%.17g\n", x0, x1, x2);
    if (idx2(W, H, b, &x0, &x1, &x2)) ERR(); else printf("%.17g\n%.17g\n%.17g\n", x0, x1, x2);
    double c[3 * 6], v[6];
    for (int i = 0; i < 18; i++) c[i] = (double)(i % 5) + 0.5;
    for (int j = 0; j < 6; j++) v[j] = (double)j - 2.0;
    if (const_extent(6, c, v, r)) ERR(); else pa(r, 18);
    if (rows_i32(H, W, k, rk)) ERR();
    else for (int i = 0; i < H * W; i++) printf("%lld\n", (long long)rk[i]);
    double t[2 * 3 * 4], rt[2 * 3 * 4];
    for (int i = 0; i < 24; i++) t[i] = (double)i / 8.0;
    int64_t s2;
    if (rank3(2, 3, 4, t, rt, &x0, &s2)) ERR();
    else { pa(rt, 24); printf("%.17g\n%lld\n", x0, (long long)s2); }
    if (row_sums(H, W, a, r)) ERR(); else pa(r, H);
    return 0;
}
