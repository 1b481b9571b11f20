#include <stdio.h>
#include <stdint.h>
#include "math_exp_log.h"

#define N 27
#define ERR() printf("error: %s\n", math_exp_log_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[N], y[N], r[4][N];
    for (int i = 0; i < N; i++) {
        x[i] = (double)(i - 13) * 0.375 + 0.0625;   /* exact: -4.8125 .. 4.9375 */
        y[i] = (double)i * 0.375 + 0.0625;          /* exact: 0.0625 .. 9.8125 */
    }
    if (exps(N, x, r[0], r[1], r[2], r[3])) ERR();
    else for (int j = 0; j < 4; j++) pa(r[j], N);
    if (logs(N, y, r[0], r[1], r[2], r[3])) ERR();
    else for (int j = 0; j < 4; j++) pa(r[j], N);
    if (roots(N, y, x, r[0], r[1])) ERR();
    else for (int j = 0; j < 2; j++) pa(r[j], N);
    if (composed(N, x, 2.5, r[0])) ERR(); else pa(r[0], N);
    double a, b, c;
    if (scalar_calls(3.25, &a, &b, &c)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n", a, b, c);
    return 0;
}
