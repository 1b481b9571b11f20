#include <stdio.h>
#include <stdint.h>
#include "stencil_var_view.h"

#define N 6
#define ERR() printf("error: %s\n", stencil_var_view_last_error())

static void pd(const double *v) { for (int i = 0; i < N; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[N] = { 1.5, -2.0, 3.25, 4.0, -0.5, 7.0 }, r[N];
    if (var_slice(N, x, r)) ERR(); else pd(r);
    if (var_rebound(N, x, r)) ERR(); else pd(r);
    double m[3 * 4], o2[4 * 3], s;
    for (int i = 0; i < 12; i++) m[i] = (double)((i * 5) % 7) - 2.5;
    if (let_views(N, 3, 4, x, m, r, o2, &s)) ERR();
    else {
        pd(r);
        for (int i = 0; i < 12; i++) printf("%.17g\n", o2[i]);
        printf("%.17g\n", s);
        pd(x);
    }
    return 0;
}
