#include <stdio.h>
#include <stdint.h>
#include "int_wrap.h"

#define N 10
#define ERR() printf("error: %s\n", int_wrap_last_error())

static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }
static void pl32(const int32_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    int32_t a32[N] = {INT32_MAX, INT32_MIN, 2147483000, -5, 0, 65536, 46341, 100000, -2147483647, 12345};
    int32_t b32[N] = {1, 1, 2000, 7, -1, 65536, 46341, -100000, 2, -3};
    int64_t a64[N] = {INT64_MAX, INT64_MIN, 3037000500LL, 4611686018427387904LL, -7,
                      INT64_MIN + 5, 1LL << 62, 999999999999LL, -4294967296LL, 0};
    int64_t b64[N] = {1, 1, 3037000500LL, 2, INT64_MAX, -6, -(1LL << 62), 999999999999LL, 4294967297LL, INT64_MIN};
    int32_t r32[4][N];
    int64_t r64[4][N];
    if (wrap32(N, a32, b32, r32[0], r32[1], r32[2], r32[3])) ERR();
    else for (int j = 0; j < 4; j++) pl32(r32[j], N);
    if (wrap64(N, a64, b64, r64[0], r64[1], r64[2], r64[3])) ERR();
    else for (int j = 0; j < 4; j++) pl(r64[j], N);

    int32_t o0, o2;
    int64_t o1;
    if (wrap_scalar(INT32_MAX, INT64_MAX / 2, &o0, &o1, &o2)) ERR();
    else printf("%lld\n%lld\n%lld\n", (long long)o0, (long long)o1, (long long)o2);
    if (wrap_scalar(-7, -3074457345618258603LL, &o0, &o1, &o2)) ERR();
    else printf("%lld\n%lld\n%lld\n", (long long)o0, (long long)o1, (long long)o2);

    int32_t big[100];
    for (int i = 0; i < 100; i++) big[i] = 2000000000 - i * 1000;
    int64_t s;
    if (sum_i32_wide(100, big, &s)) ERR(); else printf("%lld\n", (long long)s);

    int64_t da[4] = {INT64_MIN, INT64_MIN, INT64_MAX, -7};
    int64_t db[4] = {-1, 1, -1, 2};
    if (div_wrap(4, da, db, r64[0], r64[1])) ERR();
    else { pl(r64[0], 4); pl(r64[1], 4); }
    int32_t ea[4] = {INT32_MIN, INT32_MIN, INT32_MAX, 7};
    int32_t eb[4] = {-1, 3, -1, -2};
    if (div_wrap32(4, ea, eb, r32[0], r32[1])) ERR();
    else { pl32(r32[0], 4); pl32(r32[1], 4); }
    return 0;
}
