#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "compare_logic.h"

#define N 15
#define ERR() printf("error: %s\n", compare_logic_last_error())

static void pb(const bool *v, int n) {
    for (int i = 0; i < n; i++) printf("%d\n", (int)v[i]);
}

int main(void) {
    double a[N], b[N];
    int64_t k[N];
    int32_t m[N];
    bool r[6][N];
    for (int i = 0; i < N; i++) {
        a[i] = (double)(i % 5) - 2.0;
        b[i] = (double)(i % 3) - 1.0;
        k[i] = (int64_t)(i % 7) - 1;
        m[i] = (int32_t)(i % 4);
    }
    if (cmp_all(N, a, b, r[0], r[1], r[2], r[3], r[4], r[5])) ERR();
    else for (int j = 0; j < 6; j++) pb(r[j], N);
    if (logic(N, a, b, 0.0, r[0], r[1], r[2])) ERR();
    else for (int j = 0; j < 3; j++) pb(r[j], N);
    int64_t c = -1;
    if (cmp_int(N, k, m, r[0], &c)) ERR();
    else { pb(r[0], N); printf("%lld\n", (long long)c); }
    if (cmp_scalar_left(N, a, r[0])) ERR(); else pb(r[0], N);
    if (with_flag(N, a, true, r[0])) ERR(); else pb(r[0], N);
    if (with_flag(N, a, false, r[0])) ERR(); else pb(r[0], N);
    return 0;
}
