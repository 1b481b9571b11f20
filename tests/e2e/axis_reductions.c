#include "axis_reductions.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
static void pi(const int64_t *x, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)x[i]); }
static void pb(const bool *x, int n) { for (int i = 0; i < n; i++) printf("%d\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", axis_reductions_last_error()); else

int main(void)
{
    enum { M = 4, N = 5, P = 3, Q = 2, R = 4 };
    double a[M * N], f0[M], f1[N], f2[M], f3[N], f4[M], f5[N], f8[M], f9[N], nrm[M * N];
    int64_t i6[M], i7[N], c0[M], c1[N];
    bool b0[M], b1[N], b2[M], b3[N];
    for (int i = 0; i < M * N; i++) a[i] = ((i * 7) % 11) * 0.5 - 2.0;
    CALL(r2(M, N, a, f0, f1, f2, f3, f4, f5, i6, i7, f8, f9)) {
        pf(f0, M); pf(f1, N); pf(f2, M); pf(f3, N); pf(f4, M); pf(f5, N); pi(i6, M); pi(i7, N); pf(f8, M); pf(f9, N);
    }
    CALL(r2b(M, N, a, c0, c1, b0, b1, b2, b3)) { pi(c0, M); pi(c1, N); pb(b0, M); pb(b1, N); pb(b2, M); pb(b3, N); }
    CALL(r2(0, N, a, f0, f1, f2, f3, f4, f5, i6, i7, f8, f9)) pf(f1, N);    /* minimum over 0 rows: error */
    int64_t b[P * Q * R], s0[Q * R], s1[P * R], s2[P * Q], am[P * Q], pr[Q * R];
    for (int i = 0; i < P * Q * R; i++) b[i] = (i * 5) % 9 - 3;
    CALL(r3(P, Q, R, b, s0, s1, s2, am, pr)) { pi(s0, Q * R); pi(s1, P * R); pi(s2, P * Q); pi(am, P * Q); pi(pr, Q * R); }
    float x[5] = { 2.5f, -1.0f, 4.0f, -1.0f, 0.5f }, xs, xm;
    int64_t xa;
    CALL(r1(5, x, &xs, &xa, &xm)) printf("%.9g\n%lld\n%.9g\n", (double)xs, (long long)xa, (double)xm);
    CALL(rows_norm(M, N, a, nrm)) pf(nrm, M * N);
    return 0;
}
