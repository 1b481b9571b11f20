#include "reshape_newaxis.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", reshape_newaxis_last_error()); else
static void pf(const double *x, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", x[i]); }

int main(void)
{
    double a[12], c[4], v[6], b[5], r[64], *o;
    int64_t n;
    for (int i = 0; i < 12; i++) a[i] = i * 0.5 - 2.0;
    for (int i = 0; i < 4; i++) c[i] = 10.0 * i;
    for (int i = 0; i < 6; i++) v[i] = i + 1.0;
    for (int i = 0; i < 5; i++) b[i] = 3.0 - i;
    printf("flat2\n");
    CALL(flat2(3, 4, a, &o, &n)) { pf(o, n); free(o); }
    printf("colsum\n");
    CALL(colsum(6, v, &o, &n)) { pf(o, n); free(o); }
    CALL(colsum(5, v, &o, &n)) { pf(o, n); free(o); }
    printf("col_add\n");
    CALL(col_add(4, 3, a, c, r)) pf(r, 12);
    printf("row\n");
    CALL(row(5, b, r)) pf(r, 5);
    printf("outer_na\n");
    CALL(outer_na(4, 5, c, b, r)) pf(r, 20);
    printf("cube\n");
    int64_t ai[12], ci[12];
    for (int i = 0; i < 12; i++) ai[i] = 3 * i - 7;
    CALL(cube(12, ai, ci)) for (int i = 0; i < 12; i++) printf("%lld\n", (long long)ci[i]);
    CALL(cube(11, ai, ci)) printf("%lld\n", (long long)ci[0]);
    printf("through\n");
    double t[6] = { 1, 2, 3, 4, 5, 6 };
    CALL(through(2, 3, t, r)) { pf(r, 6); pf(t, 6); }
    printf("hazard\n");
    double x[6] = { 1, 2, 3, 4, 5, 6 };
    CALL(hazard(x, r)) { pf(r, 4); pf(x, 6); }
    printf("of_slice\n");
    CALL(of_slice(5, b, r)) pf(r, 4);
    CALL(of_slice(4, b, r)) pf(r, 4);
    printf("tr\n");
    double q[12];
    for (int i = 0; i < 12; i++) q[i] = i * 1.5 - 4.0;
    CALL(tr(3, 4, q, r)) { pf(r, 12); pf(q, 12); }
    return 0;
}
