#include <stdio.h>
#include <stdint.h>
#include "promotion.h"

#define N 12
#define ERR() printf("error: %s\n", promotion_last_error())

int main(void) {
    int32_t a[N], ri32[N];
    int64_t b[N], ri64[N];
    float y[N], rf32[N];
    double x[N], rf64[N];
    for (int i = 0; i < N; i++) {
        a[i] = (int32_t)((i * 7919) % 101 - 50);
        b[i] = (int64_t)i * 1000000007LL - 5000000000LL;
        y[i] = (float)(i - 5) * 0.375f;
        x[i] = 1.0 / (double)(i + 3);
    }
    a[3] = 2147483647;
    a[4] = 1000000000;   /* a * 3 + 1 wraps in i32 */
    a[5] = -2147483647 - 1;

    if (i32_plus_i64(N, a, b, ri64)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri64[i]);
    if (i32_times_f64(N, a, x, rf64)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g\n", rf64[i]);
    if (i64_times_f32(N, b, y, rf32)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g\n", (double)rf32[i]);
    if (f32_plus_f64(N, y, x, rf64)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g\n", rf64[i]);
    for (int i = 0; i < N; i++) y[i] = 1.0f / (float)(i + 1);
    if (lit_f32(N, y, rf32)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g\n", (double)rf32[i]);
    if (lit_i32(N, a, ri32)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri32[i]);
    if (i32_plus_i64_bcast(N, a, 4000000000LL, ri64)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri64[i]);
    if (i64_plus_lit_float(N, b, rf64)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g\n", rf64[i]);

    int64_t s64;
    double sx, sxy;
    float sy;
    if (scalar_promo(-7, 9000000000LL, 0.3f, 0.1, &s64, &sx, &sy, &sxy)) ERR();
    else {
        printf("%lld\n", (long long)s64);
        printf("%.17g\n", sx);
        printf("%.17g\n", (double)sy);
        printf("%.17g\n", sxy);
    }
    return 0;
}
