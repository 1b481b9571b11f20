#include "compound_assign.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
static void pi(const int64_t *x, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)x[i]); }
#define CALL(e) if (e) printf("error: %s\n", compound_assign_last_error()); else

int main(void)
{
    enum { N = 7 };
    double a[N], b[N], o[N], v[N], w[N];
    int64_t k[N], ko[N];
    for (int i = 0; i < N; i++) { a[i] = 1.5 * i - 2.0; b[i] = 0.25 * i * i; k[i] = 11 * i - 30; }
    CALL(g1(N, a, b, o)) pf(o, N);
    CALL(g2(N, a, b, o)) pf(o, N);
    pf(a, N);                        /* a unchanged */
    CALL(g3(N, k, ko)) pi(ko, N);
    for (int t = -3; t <= 3; t++) {
        int64_t x; int32_t y;
        CALL(s1(t * 1234567, t * 77, &x, &y)) printf("%lld\n%d\n", (long long)x, y);
    }
    CALL(e1(N, a, o)) pf(o, N);
    CALL(r1(N, a, o)) pf(o, N);
    for (int i = 0; i < N; i++) v[i] = i;
    CALL(two(N, v, o)) { pf(o, N); pf(v, N); }
    for (int i = 0; i < N; i++) { v[i] = i; w[i] = 0; }
    CALL(three(N, v, w, o)) { pf(o, N); pf(v, N); pf(w, N); }
    CALL(loop_acc(N, a, 5, o)) pf(o, N);
    return 0;
}
