#include "var_extents.h"
#include <stdio.h>

#define N 16

int main(void)
{
    double a[N], b[N], x[N], y[N], s;
    int64_t len;
    for (int i = 0; i < N; i++) { a[i] = 0.25 * i - 1.0; b[i] = 1.0 / (1 + i); }
    if (mixed(N, a, b, 5, x, y, &s, &len)) { printf("error: %s\n", var_extents_last_error()); return 0; }
    for (int i = 0; i < N; i++) printf("%.17g %.17g\n", x[i], y[i]);
    printf("%.17g\n%lld\n", s, (long long)len);
    for (int k = 0; k <= 4; k++) {
        if (halve_sum(N, a, k, &s, &len)) printf("error: %s\n", var_extents_last_error());
        else printf("%.17g\n%lld\n", s, (long long)len);
    }
    for (int k = 0; k <= 1; k++) {
        if (shrink_then_add(N, a, k, &s)) printf("error: %s\n", var_extents_last_error());
        else printf("%.17g\n", s);
    }
    return 0;
}
