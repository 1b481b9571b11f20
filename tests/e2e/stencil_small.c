#include "stencil_small.h"
#include <stdio.h>

int main(void)
{
    double x[4] = { 1.0, 2.0, 4.0, 8.0 }, o[4];
    for (int n = 1; n <= 4; n++) {
        if (wrap3(n, x, o)) printf("error: %s\n", stencil_small_last_error());
        else for (int i = 0; i < n; i++) printf("%.17g\n", o[i]);
        if (mirror3(n, x, o)) printf("error: %s\n", stencil_small_last_error());
        else for (int i = 0; i < n; i++) printf("%.17g\n", o[i]);
    }
    int64_t k[5] = { 3, -7, 11, 20, -1 }, r[5];
    if (idiv(5, k, 3, r)) printf("error: %s\n", stencil_small_last_error());
    else for (int i = 0; i < 5; i++) printf("%lld\n", (long long)r[i]);
    int64_t k2[5] = { 3, -7, 11, 20, -1 };
    if (idiv(5, k2, 0, r)) printf("error: %s\n", stencil_small_last_error());
    else printf("no error\n");
    return 0;
}
