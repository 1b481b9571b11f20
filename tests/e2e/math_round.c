#include <stdio.h>
#include <stdint.h>
#include "math_round.h"

#define N 25
#define ERR() printf("error: %s\n", math_round_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[N], r[6][N];
    for (int i = 0; i < N; i++) x[i] = (double)(i - 12) * 0.25;   /* -3.0 .. 3.0, with halves */
    x[0] = -1e15 - 0.5;      /* exactly representable, a half */
    x[N - 1] = 4503599627370497.0;
    if (rounding(N, x, r[0], r[1], r[2], r[3], r[4], r[5])) ERR();
    else for (int j = 0; j < 6; j++) pa(r[j], N);
    if (round_expr(N, x, 2.0, r[0])) ERR(); else pa(r[0], N);
    static const double vs[4] = {2.5, -2.5, -0.75, 1e-300};
    for (int k = 0; k < 4; k++) {
        double a, b, c;
        if (round_scalar(vs[k], &a, &b, &c)) ERR();
        else printf("%.17g\n%.17g\n%.17g\n", a, b, c);
    }
    return 0;
}
