#include <stdio.h>
#include <stdint.h>
#include "math_trig.h"

#define N 19
#define ERR() printf("error: %s\n", math_trig_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[N], u[N], v[N], r[3][N];
    for (int i = 0; i < N; i++) {
        x[i] = (double)(i - 9) * 0.375 + 0.0625;   /* exact: -3.3125 .. 3.4375 */
        u[i] = (double)(i - 9) / 10.0;             /* -0.9 .. 0.9 */
        v[i] = (double)i * 0.25 + 1.125;           /* exact: 1.125 .. 5.625 */
    }
    if (trig(N, x, r[0], r[1], r[2])) ERR();
    else for (int j = 0; j < 3; j++) pa(r[j], N);
    if (inv_trig(N, u, r[0], r[1], r[2])) ERR();
    else for (int j = 0; j < 3; j++) pa(r[j], N);
    if (hyper(N, x, r[0], r[1], r[2])) ERR();
    else for (int j = 0; j < 3; j++) pa(r[j], N);
    if (inv_hyper(N, x, v, u, r[0], r[1], r[2])) ERR();
    else for (int j = 0; j < 3; j++) pa(r[j], N);
    if (composed(N, x, 0.7, r[0], r[1])) ERR();
    else for (int j = 0; j < 2; j++) pa(r[j], N);
    return 0;
}
