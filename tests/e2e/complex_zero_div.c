#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <complex.h>
#include "complex_zero_div.h"

/* re + im i from its parts (CMPLX is missing from clang's <complex.h>; re + im * I would not keep -0) */
static double _Complex mk(double re, double im) { double p[2] = { re, im }; double _Complex z; memcpy(&z, p, sizeof z); return z; }

#define N 8

int main(void) {
    const double re[N] = { 1, 1, -1, 1, 2, -3, 0.5, 1 }, im[N] = { 2, 2, -2, 2, -1, 4, 0.25, 0 };
    const double bre[N] = { 0.0, -0.0, 0.0, -0.0, -0.0, 0.0, 2.0, -0.0 }, bim[N] = { 0.0, 0.0, -0.0, -0.0, 0.0, -0.0, -1.0, -0.0 };
    double _Complex a[N], b[N], q[N];
    float _Complex q32[N];
    for (int i = 0; i < N; i++) { a[i] = mk(re[i], im[i]); b[i] = mk(bre[i], bim[i]); }
    if (zdiv(N, a, b, q, q32)) { printf("error: %s\n", complex_zero_div_last_error()); return 0; }
    for (int i = 0; i < N; i++) printf("%.17g %.17g\n", creal(q[i]), cimag(q[i]));
    for (int i = 0; i < N; i++) printf("%.9g %.9g\n", (double)crealf(q32[i]), (double)cimagf(q32[i]));
    return 0;
}
