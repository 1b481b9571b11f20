#include <stdio.h>
#include <stdint.h>
#include "reduce_lambda.h"

#define N 50
#define H 5
#define W 7
#define ERR() printf("error: %s\n", reduce_lambda_last_error())

int main(void) {
    double x[N], m[H * W], r;
    int64_t k[N], rk;
    int32_t k32[N], r32;
    for (int i = 0; i < N; i++) {
        x[i] = 2.0 + (double)((i * 37) % 23) / 16.0;     /* positive, max 3.375 first at i = 15 */
        k[i] = (int64_t)((i * 7919) % 101 - 50) * 123456789LL;
        k32[i] = (int32_t)1 << ((i * 5) % 29);
    }
    for (int i = 0; i < H * W; i++) m[i] = 1.0 / (double)(i + 1) + (double)(i % 4);
    if (rsum(N, x, &r)) ERR(); else printf("%.17g\n", r);
    if (rmax(N, x, &r)) ERR(); else printf("%.17g\n", r);
    if (rmin2d(H, W, m, &r)) ERR(); else printf("%.17g\n", r);
    if (rsum2d(H, W, m, &r)) ERR(); else printf("%.17g\n", r);
    if (rsum_i(N, k, &rk)) ERR(); else printf("%lld\n", (long long)rk);
    if (rprod_expr(20, x, &r)) ERR(); else printf("%.17g\n", r);
    if (ror(12, k32, &r32)) ERR(); else printf("%lld\n", (long long)r32);
    for (int i = 0; i < N; i++) x[i] = -1e299 * (double)(i + 1);   /* all below 0, max is -1e299 */
    if (rmax(N, x, &r)) ERR(); else printf("%.17g\n", r);
    return 0;
}
