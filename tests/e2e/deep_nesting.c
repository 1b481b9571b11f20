#include "deep_nesting.h"
#include <inttypes.h>
#include <stdio.h>

enum { N = 101 };

int main(void)
{
    static double x[N], y[N];
    for (int i = 0; i < N; i++) x[i] = -0.5 + (double)i / (N - 1);
    if (horner(N, x, y)) printf("error: %s\n", deep_nesting_last_error());
    else for (int i = 0; i < N; i++) printf("%.17g\n", y[i]);
    int64_t r;
    const int64_t as[] = { 3, -7, INT64_MAX, 123456789 }, bs[] = { 5, 11, -1, INT64_MIN };
    for (int i = 0; i < 4; i++) {
        if (inest(as[i], bs[i], &r)) printf("error: %s\n", deep_nesting_last_error());
        else printf("%" PRId64 "\n", r);
    }
    static int64_t v[N], w[N];
    for (int i = 0; i < N; i++) v[i] = (int64_t)((i * 7919) % 23) - 11;
    if (lazy_sel(N, v, w)) printf("error: %s\n", deep_nesting_last_error());
    else for (int i = 0; i < N; i++) printf("%" PRId64 "\n", w[i]);
    if (lazy_and(N, v, &r)) printf("error: %s\n", deep_nesting_last_error()); else printf("%" PRId64 "\n", r);
    if (lazy_or(N, v, &r)) printf("error: %s\n", deep_nesting_last_error()); else printf("%" PRId64 "\n", r);
    if (deep_while(N, v, &r)) printf("error: %s\n", deep_nesting_last_error()); else printf("%" PRId64 "\n", r);
    return 0;
}
