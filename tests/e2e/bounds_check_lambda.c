#include "bounds_check_lambda.h"
#include <stdio.h>

#define FAIL() printf("error: %s\n", bounds_check_lambda_last_error())

int main(void)
{
    int64_t a[40], m[5] = { 7, 3, 11, 5, 2 }, r[5];
    double f[40], w[3] = { 0.5, 2.0, -1.25 }, s, o[40];
    for (int i = 0; i < 40; i++) { a[i] = (i * 13) % 17; f[i] = 0.25 * (i % 9) - 1.0; }
    if (scan_mod(40, 5, a, m, r)) FAIL(); else for (int i = 0; i < 5; i++) printf("%lld\n", (long long)r[i]);
    for (int64_t j = -1; j <= 3; j++) {
        if (reduce_w(40, 3, f, w, j, &s)) FAIL(); else printf("%.17g\n", s);
        if (reduce_w(0, 3, f, w, j, &s)) FAIL(); else printf("%.17g\n", s);
        if (scan_w(40, 3, f, w, j, o)) FAIL(); else printf("%.17g %.17g\n", o[20], o[39]);
        if (scan_w(0, 3, f, w, j, o)) FAIL(); else printf("empty\n");
    }
    return 0;
}
