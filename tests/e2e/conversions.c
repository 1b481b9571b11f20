#include <stdio.h>
#include <stdint.h>
#include "conversions.h"

#define N 14
#define ERR() printf("error: %s\n", conversions_last_error())

int main(void) {
    static const double xs[N] = {-3.7, 2.99, -0.5, 0.5, 0.0, 1e9 + 0.5, -2147483647.9,
                                 2147483647.25, 7.0, -7.0, 1e-300, -123.456, 65535.99999, 3.5};
    static const double big[5] = {1e15 + 0.5, -3e12 - 0.9, 9.0e18, -9.2e18, 4503599627370495.5};
    static const int64_t as[N] = {0, 1, -1, 16777216, 16777217, 123456789, -123456789,
                                  9007199254740993LL, -9007199254740993LL, 2147483647,
                                  -2147483648LL, 1099511627777LL, 33554435, -33554435};
    double x[N], rf64[N];
    int32_t ri32[N], a32[N];
    int64_t ri64[N], a[N];
    float rf32[N], y[N];
    for (int i = 0; i < N; i++) { x[i] = xs[i]; a[i] = as[i]; }

    if (to_int(N, x, ri32, ri64)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld %lld\n", (long long)ri32[i], (long long)ri64[i]);
    double xb[5];
    for (int i = 0; i < 5; i++) xb[i] = big[i];
    if (to_i64_big(5, xb, ri64)) ERR();
    else for (int i = 0; i < 5; i++) printf("%lld\n", (long long)ri64[i]);
    if (to_float(N, a, rf64, rf32)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g %.17g\n", rf64[i], (double)rf32[i]);
    for (int i = 0; i < N; i++) x[i] = 1.0 / (double)(i + 3) + (double)i * 1000.0;
    if (narrow(N, x, rf32)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g\n", (double)rf32[i]);
    for (int i = 0; i < N; i++) y[i] = 1.0f / (float)(i + 3) - 2.0f;
    if (widen(N, y, rf64)) ERR();
    else for (int i = 0; i < N; i++) printf("%.17g\n", rf64[i]);
    if (f32_to_int(N, y, ri32)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri32[i]);
    for (int i = 0; i < N; i++) a[i] = (int64_t)((i * 7919) % 101 - 50) * 40000000LL;
    if (int_narrow(N, a, ri32)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri32[i]);
    for (int i = 0; i < N; i++) a32[i] = (int32_t)(i * 150000000 - 1000000000);
    if (i32_to_i64(N, a32, ri64)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri64[i]);

    static const double sx[3] = {-9.99, 123456.75, 0.1};
    static const int64_t sk[3] = {5, -3, 1000000};
    for (int k = 0; k < 3; k++) {
        int64_t o0; double o1; float o2; int32_t o3;
        if (conv_scalar(sx[k], sk[k], &o0, &o1, &o2, &o3)) ERR();
        else printf("%lld %.17g %.17g %lld\n", (long long)o0, o1, (double)o2, (long long)o3);
    }
    return 0;
}
