#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "control_flow.h"

#define N 10
#define ERR() printf("error: %s\n", control_flow_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double a[N], r[N], s;
    int64_t it;
    for (int i = 0; i < N; i++) a[i] = (double)(i * i) / 7.0 - 3.0;
    if (iterate(N, a, r)) ERR(); else pa(r, N);
    if (iterate_k(N, a, 4, r)) ERR(); else pa(r, N);
    if (iterate_k(N, a, 0, r)) ERR(); else pa(r, N);
    static const double vs[3] = {2.0, 1e6, 0.0625};
    for (int j = 0; j < 3; j++) {
        if (while_newton(vs[j], &s, &it)) ERR();
        else printf("%.17g\n%lld\n", s, (long long)it);
    }
    static const int64_t ks[4] = {-2, 0, 1, 5};
    for (int j = 0; j < 4; j++) {
        if (branches(1.25, ks[j], &s)) ERR(); else printf("%.17g\n", s);
    }
    static const int64_t ns[3] = {0, 1, 100};
    for (int j = 0; j < 3; j++) {
        if (loop_sum(ns[j], &it, &s)) ERR(); else printf("%lld\n%.17g\n", (long long)it, s);
    }
    static const int64_t los[4] = {5, 1, 0, -3};
    for (int j = 0; j < 4; j++) {
        if (empty_range(los[j], &it)) ERR(); else printf("%lld\n", (long long)it);
    }
    if (array_branch(N, a, true, r)) ERR(); else pa(r, N);
    if (array_branch(N, a, false, r)) ERR(); else pa(r, N);
    if (halve_until(N, a, 0.01, r, &it)) ERR(); else { pa(r, N); printf("%lld\n", (long long)it); }
    if (nested_loops(12, &it)) ERR(); else printf("%lld\n", (long long)it);
    return 0;
}
