#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "reductions_2d.h"

#define H 4
#define W 6
#define ERR() printf("error: %s\n", reductions_2d_last_error())

int main(void) {
    double a[H * W], b[H * W];
    int32_t k[H * W];
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++) {
            a[i * W + j] = 1.0 + (double)(((i * 5 + j * 3 + 4) % 7) - 3) * 0.0625;
            b[i * W + j] = (double)(i + 1) / (double)(j + 2);
            k[i * W + j] = (int32_t)((i * 11 + j * 5 + 3) % 9) - 4;
        }
    double s, mn, mx, me, p;
    int64_t am, ax;
    if (red2(H, W, a, &s, &mn, &mx, &me, &am, &ax, &p)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n%.17g\n%lld\n%lld\n%.17g\n", s, mn, mx, me, (long long)am, (long long)ax, p);
    int64_t ks, c;
    int32_t kmx;
    if (red2_int(H, W, k, &ks, &am, &ax, &c, &kmx)) ERR();
    else printf("%lld\n%lld\n%lld\n%lld\n%lld\n", (long long)ks, (long long)am, (long long)ax, (long long)c, (long long)kmx);
    bool b0, b1;
    if (red2_bool(H, W, a, 1.1, &b0, &b1, &c)) ERR();
    else printf("%d\n%d\n%lld\n", (int)b0, (int)b1, (long long)c);
    /* transposed view of the same data: 6 x 4 */
    if (red2(W, H, a, &s, &mn, &mx, &me, &am, &ax, &p)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n%.17g\n%lld\n%lld\n%.17g\n", s, mn, mx, me, (long long)am, (long long)ax, p);
    double e;
    if (red2_expr(H, W, a, b, 0.25, &e)) ERR(); else printf("%.17g\n", e);
    return 0;
}
