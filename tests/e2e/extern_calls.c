#include "extern_calls.h"
#include <stdio.h>

#define N 37

int main(void)
{
    double x[N], o[N], s;
    float f[N], fo[N];
    int32_t v[N], vo[N];
    int64_t a[N], r;
    for (int i = 0; i < N; i++) {
        x[i] = (i - 18) * 0.25;
        f[i] = (float)(i * 0.75f);
        v[i] = i - 10;
        a[i] = (int64_t)i * i * 7919;
    }
    if (act(N, x, 1.5, o)) { printf("error: %s\n", extern_calls_last_error()); return 0; }
    for (int i = 0; i < N; i++) printf("%.17g\n", o[i]);
    if (act_sum(N, x, 0.75, &s) == 0) printf("%.17g\n", s);
    if (clamp_all(N, v, vo) == 0) for (int i = 0; i < N; i++) printf("%d\n", vo[i]);
    if (halves(N, f, fo) == 0) for (int i = 0; i < N; i++) printf("%.9g\n", fo[i]);
    if (mixes(N, a, &r) == 0) printf("%lld\n", (long long)r);
    if (odd_count(N, a, &r) == 0) printf("%lld\n", (long long)r);
    if (scalar(0.3, &s) == 0) printf("%.17g\n", s);
    return 0;
}
