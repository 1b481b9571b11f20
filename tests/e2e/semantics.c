#include "semantics.h"
#include <math.h>
#include <stdio.h>

int main(void)
{
    double x[6] = { 3.0, -1.0, NAN, 2.0, 7.0, -4.0 };
    double a, b, c, d;
    if (nanmm(6, x, &a, &b, &c, &d)) printf("error: %s\n", semantics_last_error());
    else printf("%g %g %g %g\n", a, b, c, d);
    double y[6] = { 3.0, -1.0, 5.0, 2.0, 7.0, -4.0 };
    if (nanmm(6, y, &a, &b, &c, &d)) printf("error: %s\n", semantics_last_error());
    else printf("%g %g %g %g\n", a, b, c, d);
    long long ks[3] = { 0, 5, 20 };
    for (int i = 0; i < 3; i++) {
        bool p, q;
        int64_t r;
        if (shortc(ks[i], &p, &q, &r)) printf("error: %s\n", semantics_last_error());
        else printf("%d %d %lld\n", p, q, (long long)r);
    }
    int64_t o[10];
    if (many(7, &o[0], &o[1], &o[2], &o[3], &o[4], &o[5], &o[6], &o[7], &o[8], &o[9])) printf("error:\n");
    else {
        for (int i = 0; i < 10; i++) printf("%lld ", (long long)o[i]);
        printf("\n");
    }
    if (poke(6, y, 42.5)) printf("error: %s\n", semantics_last_error());
    printf("%g\n", y[0]);
    if (poke(-1, y, 1.0)) printf("error: %s\n", semantics_last_error());
    else printf("no error\n");
    return 0;
}
