#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "empty_reduce.h"

#define ERR() printf("error: %s\n", empty_reduce_last_error())

static void run(int64_t n, double *x, int64_t *k, int32_t *k32) {
    double r;
    int64_t ri;
    if (emean(n, x, &r)) ERR(); else printf("%.17g\n", r);
    if (emin(n, x, &r)) ERR(); else printf("%.17g\n", r);
    if (emax(n, k, &ri)) ERR(); else printf("%lld\n", (long long)ri);
    if (eargmin(n, x, &ri)) ERR(); else printf("%lld\n", (long long)ri);
    if (eargmax(n, k32, &ri)) ERR(); else printf("%lld\n", (long long)ri);
    double s, p, red;
    bool an, al;
    int64_t c;
    if (esafe(n, x, &s, &p, &an, &al, &c, &red)) ERR();
    else printf("%.17g\n%.17g\n%d\n%d\n%lld\n%.17g\n", s, p, (int)an, (int)al, (long long)c, red);
}

int main(void) {
    /* valid (non-NULL) pointers even for n = 0 */
    double x[3] = {0.5, -2.0, 4.0};
    int64_t k[3] = {-7, 9, 9};
    int32_t k32[3] = {3, 8, 8};
    run(0, x, k, k32);
    run(3, x, k, k32);
    run(0, x, k, k32);
    return 0;
}
