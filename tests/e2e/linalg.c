#include "linalg.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", linalg_last_error()); else

int main(void)
{
    enum { M = 3, K = 4, N = 5 };
    double a[M * K], b[K * N], v[K], w[M], c[M * N], av[M], wa[K], o[M * K], t[K * M], s, g[K * K];
    for (int i = 0; i < M * K; i++) a[i] = (i % 7) * 0.5 - 1.25;
    for (int i = 0; i < K * N; i++) b[i] = ((i * 3) % 5) - 2.0;
    for (int i = 0; i < K; i++) v[i] = i + 0.5;
    for (int i = 0; i < M; i++) w[i] = 2.0 - i;
    CALL(mm(M, K, N, a, b, v, w, c, av, wa, o, t, &s)) { pf(c, M * N); pf(av, M); pf(wa, K); pf(o, M * K); pf(t, K * M); printf("%.17g\n", s); }
    int32_t ai[M * K];
    int64_t bi[K * N], ci[M * N];
    for (int i = 0; i < M * K; i++) ai[i] = i - 6;
    for (int i = 0; i < K * N; i++) bi[i] = (i * 7) % 11 - 5;
    CALL(mm_int(M, K, N, ai, bi, ci)) for (int i = 0; i < M * N; i++) printf("%lld\n", (long long)ci[i]);
    float af[M * K], xf[K], yf[M];
    for (int i = 0; i < M * K; i++) af[i] = (float)(i % 5) - 1.5f;
    for (int i = 0; i < K; i++) xf[i] = 0.25f * i;
    CALL(mm_f32(M, K, af, xf, yf)) for (int i = 0; i < M; i++) printf("%.9g\n", (double)yf[i]);
    CALL(mm_bad(M, K, K - 1, N, a, b, c)) pf(c, 1);
    CALL(gram(M, K, a, g)) pf(g, K * K);
    CALL(mm(0, K, N, a, b, v, w, c, av, wa, o, t, &s)) { pf(wa, K); printf("%.17g\n", s); }
    return 0;
}
