#include "stdlib_stats.h"
#include <math.h>
#include <stdio.h>

#define N 41

int main(void)
{
    double x[N], y[N], o[N], m[5];
    for (int i = 0; i < N; i++) {
        x[i] = sin(0.37 * i) * 1.7 + 0.1 * i;
        y[i] = 1.0 + 0.5 * cos(0.21 * i) + 0.05 * i;
    }
    if (moments(N, x, y, &m[0], &m[1], &m[2], &m[3], &m[4])) { printf("error: %s\n", stdlib_stats_last_error()); return 0; }
    for (int k = 0; k < 5; k++) printf("%.17g\n", m[k]);
    if (zscores(N, x, o) == 0) for (int i = 0; i < N; i++) printf("%.17g\n", o[i]);
    if (clipped(N, x, o) == 0) for (int i = 0; i < N; i++) printf("%.17g\n", o[i]);
    return 0;
}
