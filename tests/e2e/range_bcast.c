#include "range_bcast.h"
#include <stdio.h>

static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
#define CALL(e) if (e) printf("error: %s\n", range_bcast_last_error()); else

int main(void)
{
    enum { M = 4, N = 5, P = 3 };
    double B[M * N], o[M * N], v[N], c[2], s[1] = { -7.5 };
    int64_t C[P * M * N], oc[P * M * N];
    int64_t q[M * N];
    for (int i = 0; i < M * N; i++) { B[i] = 0.5 * i - 3.0; q[i] = 3 * i - 20; }
    for (int i = 0; i < P * M * N; i++) C[i] = 100 + i;
    for (int j = 0; j < N; j++) v[j] = 10.0 + j;
    c[0] = -1.25; c[1] = 2.5;
    CALL(rows(M, N, B, v, o)) pf(o, M * N);
    CALL(col(M, N, 2, B, c, o)) pf(o, M * N);
    CALL(col(M, N, 4, B, c, o)) pf(o, M * N);          /* rows 1..5 of 4: out of range */
    CALL(self_row(M, N, B, o)) pf(o, M * N);
    CALL(one(M, N, B, s, o)) pf(o, M * N);
    CALL(mism(M, N, N, B, v, o)) pf(o, M * N);
    CALL(mism(M, N, N - 1, B, v, o)) pf(o, M * N);    /* 4 values for rows of 5 */
    CALL(plane(P, M, N, C, q, oc)) for (int i = 0; i < P * M * N; i++) printf("%lld\n", (long long)oc[i]);
    return 0;
}
