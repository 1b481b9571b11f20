#include "row_fusion.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", row_fusion_last_error()); else

/* a checksum of the finite values weighted by position, and the NaN count */
static void sum_of(const double *x, long n)
{
    double s = 0;
    long nans = 0;
    for (long i = 0; i < n; i++) {
        if (x[i] != x[i]) nans++;
        else s += x[i] * (double)(i % 13 + 1);
    }
    printf("%.17g %ld\n", s, nans);
}

int main(void)
{
    enum { M = 301, N = 77 };
    double *a = malloc(sizeof(double) * M * N), *o = malloc(sizeof(double) * M * N);
    float *f = malloc(sizeof(float) * M * N), *g = malloc(sizeof(float) * M * N);
    for (long i = 0; i < (long)M * N; i++) {
        a[i] = (double)((i * 7919) % 1009) / 50.0 - 10.0;
        f[i] = (float)((i * 31) % 97) / 8.0f - 6.0f;
    }
    a[5 * N + 3] = NAN;                              /* a row with a NaN */
    for (int j = 0; j < N; j++) a[7 * N + j] = 2.5;  /* a row of one value */
    for (int j = 0; j < N; j++) a[9 * N + j] = 0.0;  /* a row of zeros */
    a[11 * N + 4] = 700.0;                           /* exp(700) alone would be near overflow */
    CALL(softmax(M, N, a, o)) { sum_of(o, (long)M * N); printf("%.17g %.17g\n", o[7 * N], o[11 * N + 4]); }
    CALL(unit_rows(M, N, a, o)) sum_of(o, (long)M * N);
    CALL(centre_rows(M, N, f, g)) {
        double s = 0;
        for (long i = 0; i < (long)M * N; i++) s += (double)g[i] * (double)(i % 13 + 1);
        printf("%.17g %.17g\n", s, (double)g[0]);
    }
    CALL(softmax(0, N, a, o)) printf("empty ok\n");
    CALL(softmax(3, 0, a, o)) printf("no columns ok\n");
    free(a); free(o); free(f); free(g);
    return 0;
}
