#include "comp_elements.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", comp_elements_last_error()); else

int main(void)
{
    enum { N = 6, M = 3 };
    double a[N], y[N], z[M * N], s, nested[N], mx;
    int32_t w[M] = { 2, -1, 5 };
    int64_t c[M];
    for (int i = 0; i < N; i++) a[i] = 0.75 * i - 2.0;
    CALL(elems(N, M, a, w, y, z, &s, c, nested)) {
        pf(y, N); pf(z, M * N); printf("%.17g\n", s);
        for (int i = 0; i < M; i++) printf("%lld\n", (long long)c[i]);
        pf(nested, N);
    }
    CALL(over_temp(N, a, &mx)) printf("%.17g\n", mx);
    CALL(over_temp(0, a, &mx)) printf("%.17g\n", mx);       /* maximum of nothing: error */
    return 0;
}
