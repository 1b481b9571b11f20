#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "count_overflow.h"

#define ERR() printf("error: %s\n", count_overflow_last_error())

int main(void) {
    const int64_t big = 4294967296LL;          /* 2^32: big * big wraps to 0 */
    double v, *p = NULL;
    int64_t d0, d1, d2, r;
    const int64_t ks[][2] = { {3, 4}, {big, big}, {1LL << 62, 4}, {4, -1} };
    for (int i = 0; i < 4; i++) {
        int64_t k = ks[i][0], m = ks[i][1];
        if (z(k, m, &v)) ERR(); else printf("%.17g\n", v);
        if (c(k, m, &p, &d0, &d1)) ERR();
        else {
            printf("%lld %lld\n", (long long)d0, (long long)d1);
            if (d0 * d1) printf("%.17g\n", p[d0 * d1 - 1]);
            free(p);
            p = NULL;
        }
        if (f3(k, m, &p, &d0, &d1, &d2)) ERR();
        else { printf("%lld %lld %lld %.17g\n", (long long)d0, (long long)d1, (long long)d2, p[0]); free(p); p = NULL; }
    }
    /* kind 0: short, both; 1: hi - lo does not fit an i64, both fail; 2: fits, too long to sum: len only */
    const int64_t rs[][3] = { {-3, 4, 0}, {4, -3, 0}, {-9000000000000000000LL, 9000000000000000000LL, 1},
                              {INT64_MIN, INT64_MAX, 1}, {-1, INT64_MAX, 1}, {-5, 1LL << 40, 2} };
    for (int i = 0; i < 6; i++) {
        int64_t lo = rs[i][0], hi = rs[i][1];
        if (n(lo, hi, &r)) ERR(); else printf("%lld\n", (long long)r);
        if (rs[i][2] == 2) continue;
        if (s(lo, hi, &r)) ERR(); else printf("%lld\n", (long long)r);
    }
    return 0;
}
