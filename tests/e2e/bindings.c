#include "bindings.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", bindings_last_error()); else

int main(void)
{
    enum { N = 5 };
    double x[N], a[N], b[N], lo, hi, s;
    int64_t c;
    for (int i = 0; i < N; i++) x[i] = 0.75 * i - 1.0;
    for (int k = 0; k < 3; k++)
        CALL(vt(N, x, k, a, b, &lo, &hi)) { pf(a, N); pf(b, N); printf("%.17g\n%.17g\n", lo, hi); }
    CALL(names(N, x, 1.5, &s, a, &c)) { printf("%.17g\n", s); pf(a, N); printf("%lld\n", (long long)c); }
    int64_t cnt;
    double t1[N], t2[N];
    CALL(typed_names(N, x, &cnt, t1, t2)) { printf("%lld\n", (long long)cnt); pf(t1, N); pf(t2, N); }
    { int64_t u, w; double sm, bb[2 * N]; for (int i = 0; i < 2 * N; i++) bb[i] = 0.25 * i;
      CALL(sized(N, 2, x, bb, &u, &w, &sm)) printf("%lld %lld %.17g\n", (long long)u, (long long)w, sm); }
    return 0;
}
