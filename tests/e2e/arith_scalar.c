#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "arith_scalar.h"

#define ERR() printf("error: %s\n", arith_scalar_last_error())

int main(void) {
    static const double xs[] = {1.5, -2.25, 0.0, 3.0, -0.5};
    static const double ys[] = {0.5, -2.25, 4.0, 3.0, 7.25};
    for (int k = 0; k < 5; k++) {
        double x = xs[k], y = ys[k], r;
        bool c[6];
        if (fscalar(x, y, &r)) ERR(); else printf("%.17g\n", r);
        if (cmp_scalar(x, y, &c[0], &c[1], &c[2], &c[3], &c[4], &c[5])) ERR();
        else for (int j = 0; j < 6; j++) printf("%d\n", (int)c[j]);
        if (tern_scalar(x, (int64_t)k * 2, &r)) ERR(); else printf("%.17g\n", r);
    }
    static const int64_t ps[] = {5, -7, 123456789, 0, 40000};
    static const int64_t qs[] = {3, 11, -987654, 0, -3};
    for (int k = 0; k < 5; k++) {
        int64_t r;
        int32_t r32;
        bool c[3];
        if (iscalar(ps[k], qs[k], &r)) ERR(); else printf("%lld\n", (long long)r);
        if (iscalar32((int32_t)ps[k], (int32_t)qs[k], &r32)) ERR(); else printf("%lld\n", (long long)r32);
        if (icmp_scalar(ps[k], (int32_t)qs[k], &c[0], &c[1], &c[2])) ERR();
        else for (int j = 0; j < 3; j++) printf("%d\n", (int)c[j]);
    }
    for (int k = 0; k < 4; k++) {
        bool p = (k & 1) != 0, q = (k & 2) != 0, c[4];
        if (logic_scalar(p, q, &c[0], &c[1], &c[2], &c[3])) ERR();
        else for (int j = 0; j < 4; j++) printf("%d\n", (int)c[j]);
    }
    return 0;
}
