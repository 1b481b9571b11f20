#include "broadcast.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", broadcast_last_error()); else

int main(void)
{
    enum { M = 3, N = 4, P = 2, Q = 3, R = 4 };
    double a[M * N], v[N], c[M], s[N], o[5][M * N], cm[M], sm;
    bool gt[M * N];
    for (int i = 0; i < M * N; i++) a[i] = (i % 5) * 0.75 - 1.0;
    for (int i = 0; i < N; i++) { v[i] = 0.5 * i - 0.25; s[i] = 1.5 - i; }
    for (int i = 0; i < M; i++) c[i] = i + 0.5;
    CALL(bc(M, N, a, v, c, s, o[0], o[1], o[2], o[3], o[4])) for (int k = 0; k < 5; k++) pf(o[k], M * N);
    CALL(bc2(M, N, a, v, 0.0, gt, o[0], &sm, cm)) {
        for (int i = 0; i < M * N; i++) printf("%d\n", gt[i]);
        pf(o[0], M * N); printf("%.17g\n", sm); pf(cm, M);
    }
    int64_t x[P * Q * R], w[R], z[Q], y[P * Q * R];
    for (int i = 0; i < P * Q * R; i++) x[i] = i - 7;
    for (int i = 0; i < R; i++) w[i] = 3 - i;
    for (int i = 0; i < Q; i++) z[i] = 100 * i;
    CALL(bc3(P, Q, R, x, w, z, y)) for (int i = 0; i < P * Q * R; i++) printf("%lld\n", (long long)y[i]);
    CALL(bc_bad(M, N, N - 1, a, v, o[0])) pf(o[0], 1);
    CALL(bc_bad(M, N, N, a, v, o[0])) pf(o[0], M * N);
    return 0;
}
