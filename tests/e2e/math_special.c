#include <stdio.h>
#include <stdint.h>
#include "math_special.h"

#define N 22
#define M 26
#define ERR() printf("error: %s\n", math_special_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[N], g[M], r0[M], r1[M];
    for (int i = 0; i < N; i++) {
        x[i] = (double)(i - 10) * 0.3125 + 0.03125;   /* exact: -3.09375 .. 3.46875 */
        g[i] = (double)i * 0.4375 + 0.15625;          /* exact: 0.15625 .. 9.34375 */
    }
    g[N] = -0.5; g[N + 1] = -1.5; g[N + 2] = -2.25; g[N + 3] = -3.75;
    if (erfs(N, x, r0, r1)) ERR(); else { pa(r0, N); pa(r1, N); }
    if (gammas(M, g, r0, r1)) ERR(); else { pa(r0, M); pa(r1, M); }
    if (normcdf(N, x, r0)) ERR(); else pa(r0, N);
    return 0;
}
