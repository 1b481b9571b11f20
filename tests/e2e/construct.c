#include <stdio.h>
#include <stdint.h>
#include "construct.h"

#define N 9
#define ERR() printf("error: %s\n", construct_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pl(const int64_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }
static void pl32(const int32_t *v, int n) { for (int i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double z[N], l[N], f[N * 4];
    int32_t o[N], q[N * 2];
    int64_t ar[N];
    if (cons1(N, z, o, ar, l)) ERR();
    else { pa(z, N); pl32(o, N); pl(ar, N); pa(l, N); }
    if (cons2(3, 4, f)) ERR(); else pa(f, 12);
    if (cons2(-1, 4, f)) ERR(); else printf("no error\n");   /* negative size */

    double a[2 * 3] = {1.5, -2.0, 0.25, 8.0, 3.0, -0.5};
    double r0[6], r1[6];
    int64_t ln, s1, s0;
    if (cons_like(2, 3, a, r0, r1, &ln, &s1, &s0)) ERR();
    else { pa(r0, 6); pa(r1, 6); pl(&ln, 1); pl(&s1, 1); pl(&s0, 1); }

    if (lin(0.1, 0.9, 7, l)) ERR(); else pa(l, 7);
    if (lin(-3.0, 5.0, N, l)) ERR(); else pa(l, N);
    if (lin(2.75, 100.0, 1, l)) ERR(); else pa(l, 1);
    if (arange_expr(N, l)) ERR(); else pa(l, N);
    if (len1(5, a, &ln, &s0)) ERR(); else { pl(&ln, 1); pl(&s0, 1); }
    double c[6], a0 = 0.0;
    if (copy_indep(6, a, c, &a0)) ERR(); else { pa(c, 6); pa(&a0, 1); }
    pa(a, 6);   /* the input is unchanged */
    if (fill_i(N, ar, q)) ERR(); else { pl(ar, N); pl32(q, N * 2); }
    return 0;
}
