#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "tuple_results.h"

#define N 8
#define ERR() printf("error: %s\n", tuple_results_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double a[N], b[N], r0[N], r1[N], s;
    int64_t k;
    int32_t ia[N], ri[N];
    bool flag, rb[N];
    for (int i = 0; i < N; i++) {
        a[i] = (double)(i * 3 % 8) * 0.25 - 0.5;
        b[i] = 1.0 / (double)(i + 2);
        ia[i] = (int32_t)(i - 3);
    }
    if (split(N, a, r0, &s)) ERR(); else { pa(r0, N); printf("%.17g\n", s); }
    if (three(N, a, b, r0, r1, &k)) ERR(); else { pa(r0, N); pa(r1, N); printf("%lld\n", (long long)k); }
    if (sc_pair(-3.5, 41, &s, &k)) ERR(); else printf("%.17g\n%lld\n", s, (long long)k);
    if (destructure(N, b, &s, r0)) ERR(); else { printf("%.17g\n", s); pa(r0, N); }
    if (mixed_types(N, ia, a, ri, r0, &flag, rb)) ERR();
    else {
        for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri[i]);
        pa(r0, N);
        printf("%d\n", (int)flag);
        for (int i = 0; i < N; i++) printf("%d\n", (int)rb[i]);
    }
    return 0;
}
