#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "int_divmod.h"

#define N 40
#define ERR() printf("error: %s\n", int_divmod_last_error())

static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }
static void pl32(const int32_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    int64_t a[N], b[N], r[3][N];
    int32_t a32[N], b32[N], q[2][N];
    for (int i = 0; i < N; i++) {
        a[i] = (int64_t)((i * 7919) % 101 - 50);
        b[i] = (int64_t)((i % 2) ? -1 : 1) * (int64_t)(i % 5 + 1);
        a32[i] = (int32_t)(a[i] * 1000 + 7);
        b32[i] = (int32_t)(b[i] * 13);
    }
    if (divmod64(N, a, b, r[0], r[1])) ERR();
    else { pl(r[0], N); pl(r[1], N); }
    if (divmod32(N, a32, b32, q[0], q[1])) ERR();
    else { pl32(q[0], N); pl32(q[1], N); }
    if (div_bcast(N, a, b, r[0], r[1], r[2])) ERR();
    else { pl(r[0], N); pl(r[1], N); pl(r[2], N); }
    static const int64_t ps[6] = {7, -7, 7, -7, 0, 1000000000000LL};
    static const int64_t qs[6] = {2, 2, -2, -2, -5, -7};
    for (int k = 0; k < 6; k++) {
        int64_t d, m;
        if (divmod_scalar(ps[k], qs[k], &d, &m)) ERR();
        else printf("%lld\n%lld\n", (long long)d, (long long)m);
    }
    bool ok = false;
    if (identity(N, a, b, &ok)) ERR(); else printf("%d\n", (int)ok);
    return 0;
}
