#include "complex_cumsum.h"
#include <complex.h>
#include <stdio.h>
#include <string.h>

enum { N = 3000 };
static double fr(int i) { return 0.25 + (double)((i * 37) % 101) / 101.0; }
static double fi(int i) { return -0.5 + (double)((i * 53) % 97) / 97.0; }
static double _Complex cz(double re, double im) { double p[2] = { re, im }; double _Complex z; memcpy(&z, p, sizeof z); return z; }
static float _Complex czf(float re, float im) { float p[2] = { re, im }; float _Complex z; memcpy(&z, p, sizeof z); return z; }
static void pz(double _Complex z) { printf("%.17g %.17g\n", creal(z), cimag(z)); }
#define FAIL() printf("error: %s\n", complex_cumsum_last_error())

int main(void)
{
    static double _Complex a[N], r[N];
    static float _Complex af[N], rf[N];
    static double x[N];
    for (int i = 0; i < N; i++) { a[i] = cz(fr(i), fi(i)); af[i] = czf((float)fi(i + 1), (float)fr(i + 2)); x[i] = fr(i + 3); }
    if (cs(N, a, r)) FAIL(); else for (int i = 0; i < N; i += 7) pz(r[i]);
    if (cs(1, a, r)) FAIL(); else pz(r[0]);
    if (cs(0, a, r)) FAIL(); else printf("empty\n");
    if (csf(N, af, rf)) FAIL(); else for (int i = 0; i < N; i += 7) printf("%.9g %.9g\n", crealf(rf[i]), cimagf(rf[i]));
    double _Complex s;
    if (cs_last(N, a, x, &s)) FAIL(); else pz(s);
    return 0;
}
