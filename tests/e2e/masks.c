#include "masks.h"
#include <stdio.h>
#include <stdlib.h>

static void pf(const double *x, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", x[i]); }
static void pi(const int64_t *x, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)x[i]); }
#define CALL(e) if (e) printf("error: %s\n", masks_last_error()); else

int main(void)
{
    enum { N = 10, M = 3, K = 4 };
    double a[N], b[N], A[M * K], B[M * K], o[N], *r = NULL;
    bool m[N];
    int64_t nr, c0, c1, ia[N], id[N], io[N], *ir = NULL;
    double s;
    for (int i = 0; i < N; i++) {
        a[i] = (i % 4) * 1.25 - 1.5;
        b[i] = 2.0 - 0.375 * i;
        m[i] = i % 3 == 1;
        ia[i] = 10 * i - 37;
        id[i] = (i % 4) - 1;
    }
    for (int i = 0; i < M * K; i++) { A[i] = (i % 5) * 0.5; B[i] = 1.0 - (i % 3) * 0.25; }
    CALL(pos(N, a, &r, &nr)) { printf("%lld\n", (long long)nr); pf(r, nr); }
    free(r); r = NULL;
    CALL(pick(N, N, a, m, &r, &nr)) { printf("%lld\n", (long long)nr); pf(r, nr); }
    free(r); r = NULL;
    CALL(pick(N, N - 1, a, m, &r, &nr)) { printf("%lld\n", (long long)nr); pf(r, nr); }
    free(r); r = NULL;
    CALL(where2(M, K, A, &ir, &nr)) { printf("%lld\n", (long long)nr); pi(ir, nr); }
    free(ir); ir = NULL;
    CALL(greater2(M, K, A, B, &r, &nr, &c0)) { printf("%lld\n%lld\n", (long long)nr, (long long)c0); pf(r, nr); }
    free(r); r = NULL;
    CALL(counts(N, a, b, &c0, &c1, &s)) printf("%lld\n%lld\n%.17g\n", (long long)c0, (long long)c1, s);
    CALL(stores(N, a, b, o)) pf(o, N);
    CALL(divide(N, ia, id, io)) pi(io, N);
    double R[M * K];
    for (int i = 0; i < M * K; i++) R[i] = (i % 7) - 3.0;
    CALL(rowsums(M, K, R, o)) pf(o, M);
    int64_t big_n, big_w0, big_w1;
    double big_s;
    CALL(big(100003, &big_n, &big_s, &big_w0, &big_w1))
        printf("%lld\n%.17g\n%lld\n%lld\n", (long long)big_n, big_s, (long long)big_w0, (long long)big_w1);
    CALL(none(N, a, &r, &nr, &c0)) printf("%lld\n%lld\n", (long long)nr, (long long)c0);
    free(r); r = NULL;
    CALL(param_store(N, b)) pf(b, N);
    return 0;
}
