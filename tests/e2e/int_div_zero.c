#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include "int_div_zero.h"

#define N 9
#define ERR() printf("error: %s\n", int_div_zero_last_error())

static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }
static void pl32(const int32_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    int64_t a[N], b[N], r[N];
    int32_t a32[N], b32[N], r32[N];
    for (int i = 0; i < N; i++) {
        a[i] = (int64_t)(i * 37 - 100);
        b[i] = (int64_t)(i % 4 + 1);
        a32[i] = (int32_t)(i * 1001 - 3000);
        b32[i] = (int32_t)(7 - i);          /* zero at i == 7 */
    }
    if (safe_div(N, a, b, r)) ERR(); else pl(r, N);
    printf("%d\n", (int)strlen(int_div_zero_last_error()));
    b[5] = 0;
    if (safe_div(N, a, b, r)) ERR(); else pl(r, N);
    if (safe_mod(N, a32, b32, r32)) ERR(); else pl32(r32, N);
    if (safe_mod(7, a32, b32, r32)) ERR(); else pl32(r32, 7);  /* first 7 only: no zero */
    printf("%d\n", (int)strlen(int_div_zero_last_error()));
    int64_t s = 0;
    if (div_scalar(7, 0, &s)) ERR(); else printf("%lld\n", (long long)s);
    if (div_scalar(-7, 2, &s)) ERR(); else printf("%lld\n", (long long)s);
    for (int i = 0; i < N; i++) a[i] = i;
    if (div_computed(N, a, 3, r)) ERR(); else pl(r, N);
    if (div_computed(N, a, -2, r)) ERR(); else pl(r, N);
    return 0;
}
