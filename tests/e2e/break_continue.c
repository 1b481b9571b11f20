#include "break_continue.h"
#include <stdio.h>

#define CALL(e) if (e) printf("error: %s\n", break_continue_last_error()); else

int main(void)
{
    enum { N = 8, M = 5 };
    double x[N], a[M * N], o[N], om[M];
    for (int i = 0; i < N; i++) x[i] = (i * 7 % 5) - 1.5;
    for (int i = 0; i < M * N; i++) a[i] = (i * 13 % 7) - 2.0;
    double ts[4] = { -10.0, 0.0, 1.0, 10.0 };
    for (int t = 0; t < 4; t++) {
        int64_t k;
        CALL(first_above(N, x, ts[t], &k)) printf("%lld\n", (long long)k);
    }
    CALL(pos_row_sums(M, N, a, om)) for (int i = 0; i < M; i++) printf("%.17g\n", om[i]);
    int64_t v[N], vo[N];
    for (int i = 0; i < N; i++) v[i] = 1 + 5 * i;
    CALL(collatz_all(N, v, vo)) for (int i = 0; i < N; i++) printf("%lld\n", (long long)vo[i]);
    for (int n = 0; n < 12; n += 3) {
        int64_t c;
        CALL(pairs(n, &c)) printf("%lld\n", (long long)c);
    }
    for (int mi = 0; mi < 30; mi += 7) {
        int64_t it;
        CALL(smooth_until(N, x, 0.05, mi, o, &it)) {
            printf("%lld\n", (long long)it);
            for (int i = 0; i < N; i++) printf("%.17g\n", o[i]);
        }
    }
    CALL(kernel_loop(N, x, o)) for (int i = 0; i < N; i++) printf("%.17g\n", o[i]);
    return 0;
}
