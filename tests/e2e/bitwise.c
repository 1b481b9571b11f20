#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "bitwise.h"

#define N 16
#define ERR() printf("error: %s\n", bitwise_last_error())

static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }
static void pl32(const int32_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    static const int64_t av[N] = {0, 1, -1, 5, -5, 123456789012345LL, -987654321098LL,
                                  INT64_MAX, INT64_MIN, 0x0F0F0F0F0F0F0F0FLL, -3, 255,
                                  1LL << 40, 77, -1000000007LL, 42};
    static const int64_t sv[N] = {0, 1, 63, 64, 65, 127, 3, 1, 1, 4, 66, 200, 23, 62, 128, 7};
    int64_t a[N], b[N], s[N], r[4][N];
    int32_t a32[N], b32[N], s32[N], q[5][N];
    bool rb[N];
    for (int i = 0; i < N; i++) {
        a[i] = av[i];
        b[i] = (int64_t)((i * 7919) % 101 - 50) * 1000003LL;
        s[i] = sv[i];
        a32[i] = (int32_t)((i * 7919) % 101 - 50) * 40000;
        b32[i] = (int32_t)(i * 12345 - 77777);
        s32[i] = (int32_t)(sv[i] % 50);
    }
    a32[0] = INT32_MAX;
    a32[1] = INT32_MIN;
    if (bits64(N, a, b, r[0], r[1], r[2], r[3])) ERR();
    else for (int j = 0; j < 4; j++) pl(r[j], N);
    if (shifts64(N, a, s, r[0], r[1])) ERR();
    else for (int j = 0; j < 2; j++) pl(r[j], N);
    if (bits32(N, a32, b32, s32, q[0], q[1], q[2], q[3], q[4])) ERR();
    else for (int j = 0; j < 5; j++) pl32(q[j], N);
    if (shift_lit(N, a, a32, r[0], r[1], q[0], q[1])) ERR();
    else { pl(r[0], N); pl(r[1], N); pl32(q[0], N); pl32(q[1], N); }
    for (int i = 0; i < N; i++) b[i] = i % 13;
    if (bit_prec(N, b, rb, r[0], r[1], r[2])) ERR();
    else {
        for (int i = 0; i < N; i++) printf("%d\n", (int)rb[i]);
        for (int j = 0; j < 3; j++) pl(r[j], N);
    }
    static const int64_t ps[4] = {-12345, 1, 987654321, INT64_MIN};
    static const int64_t qs[4] = {3, 63, 70, 64};
    for (int k = 0; k < 4; k++) {
        int64_t o0, o1, o2;
        if (bits_scalar(ps[k], qs[k], &o0, &o1, &o2)) ERR();
        else printf("%lld\n%lld\n%lld\n", (long long)o0, (long long)o1, (long long)o2);
    }
    return 0;
}
