#include <stdio.h>
#include <stdint.h>
#include "int_builtins.h"

#define N 21
#define ERR() printf("error: %s\n", int_builtins_last_error())

static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }
static void pl32(const int32_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    int64_t a[N], c[N], r[4][N];
    int32_t b[N], d[N], q[2][N];
    for (int i = 0; i < N; i++) {
        a[i] = (int64_t)((i * 7919) % 101 - 50) * 100000000000LL;
        c[i] = (int64_t)(i % 7 - 3) * 100000000000LL;
        b[i] = (int32_t)((i * 31) % 17 - 8);
        d[i] = (int32_t)(i % 5 - 2);
    }
    a[3] = INT64_MAX;
    a[4] = INT64_MIN + 1;
    a[5] = 0;
    b[6] = INT32_MAX;
    b[7] = INT32_MIN + 1;
    if (abs_sign64(N, a, r[0], r[1])) ERR(); else { pl(r[0], N); pl(r[1], N); }
    if (abs_sign32(N, b, q[0], q[1])) ERR(); else { pl32(q[0], N); pl32(q[1], N); }
    if (minmax64(N, a, c, r[0], r[1], r[2], r[3])) ERR();
    else for (int j = 0; j < 4; j++) pl(r[j], N);
    if (minmax32(N, b, d, 1, q[0], q[1])) ERR(); else { pl32(q[0], N); pl32(q[1], N); }
    if (clamp_mixed(N, b, -5, 4000000000LL, r[0])) ERR(); else pl(r[0], N);
    return 0;
}
