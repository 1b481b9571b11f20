#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include "argsort_ints.h"

#define ERR() printf("error: %s\n", argsort_ints_last_error())
enum { BIG = 100000 };

/* n, a checksum of the permutation and its first entries */
static void show(const int64_t *p, int64_t n)
{
    long long h = 0;
    for (int64_t i = 0; i < n; i++) h = (h + p[i] * (i % 997 + 1)) % 1000000007;
    printf("%lld %lld", (long long)n, h);
    for (int64_t i = 0; i < n && i < 6; i++) printf(" %lld", (long long)p[i]);
    printf("\n");
}

int main(void)
{
    static int64_t a[BIG], p[BIG];
    static int32_t b[BIG];
    static int8_t c[BIG];
    static uint64_t u[BIG];
    static uint16_t w[BIG];
    int64_t ns[6] = { 0, 1, 2, 50, 4200, BIG };
    for (int s = 0; s < 6; s++) {
        int64_t n = ns[s];
        for (int64_t i = 0; i < n; i++) a[i] = (i * 7919) % 1000 - 500;          /* narrow, negative */
        if (sort64(n, a, p)) ERR(); else show(p, n);
        for (int64_t i = 0; i < n; i++) a[i] = (i * 1000003) % 1000000000 - 7;   /* wide */
        if (sort64(n, a, p)) ERR(); else show(p, n);
        for (int64_t i = 0; i < n; i++) a[i] = i % 3 == 0 ? INT64_MIN : i % 3 == 1 ? INT64_MAX : i % 5;
        if (sort64(n, a, p)) ERR(); else show(p, n);
        /* a range of exactly n + 4096 (counted) and of n + 4097 (merged) */
        for (int64_t i = 0; i < n; i++) a[i] = (i * 13) % 7;
        if (n > 1) a[n / 2] = n + 4096;
        if (sort64(n, a, p)) ERR(); else show(p, n);
        if (n > 1) a[n / 2] = n + 4097;
        if (sort64(n, a, p)) ERR(); else show(p, n);
        for (int64_t i = 0; i < n; i++) b[i] = INT32_MIN + (int32_t)((i * 31) % 5);
        if (sort32(n, b, p)) ERR(); else show(p, n);
        for (int64_t i = 0; i < n; i++) c[i] = (int8_t)((i * 37) % 256 - 128);
        if (sort8(n, c, p)) ERR(); else show(p, n);
        for (int64_t i = 0; i < n; i++) u[i] = UINT64_MAX - (uint64_t)((i * 11) % 4);
        if (sortu64(n, u, p)) ERR(); else show(p, n);
        for (int64_t i = 0; i < n; i++) u[i] = i % 2 ? UINT64_MAX : (uint64_t)(i % 9);
        if (sortu64(n, u, p)) ERR(); else show(p, n);
        for (int64_t i = 0; i < n; i++) w[i] = (uint16_t)((i * 40503) % 65536);
        if (sortu16(n, w, p)) ERR(); else show(p, n);
    }
    return 0;
}
