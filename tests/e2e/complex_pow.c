#include "complex_pow.h"
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

enum { N = 40 };
static double fr(int i) { return -1.5 + (double)((i * 37) % 101) / 33.0; }
static double fi(int i) { return -1.25 + (double)((i * 53) % 97) / 39.0; }
static double _Complex cz(double re, double im) { double p[2] = { re, im }; double _Complex z; memcpy(&z, p, sizeof z); return z; }
static float _Complex czf(float re, float im) { float p[2] = { re, im }; float _Complex z; memcpy(&z, p, sizeof z); return z; }
static void pd(double v) { if (isnan(v)) printf(" nan"); else printf(" %.17g", v); }
static void pz(double _Complex z) { pd(creal(z)); pd(cimag(z)); printf("\n"); }
#define FAIL() printf("error: %s\n", complex_pow_last_error())

int main(void)
{
    static double _Complex a[N], r[N];
    static float _Complex af[N], rf[N];
    static double x[N];
    for (int i = 0; i < N; i++) { a[i] = cz(fr(i), fi(i)); af[i] = czf((float)fi(i + 1), (float)fr(i + 2)); x[i] = 0.1 + (double)i / 8.0; }
    /* exponents: integers (both signs, 0, 1-3, the limits of the squaring), non-integers, complex */
    const double ws[][2] = { {0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {7, 0}, {-1, 0}, {-2, 0}, {-5, 0}, {13, 0}, {99, 0},
                             {-99, 0}, {100, 0}, {0.5, 0}, {-2.5, 0}, {1, 1}, {0, -2}, {2, 0.5} };
    const double zs[][2] = { {1.25, -0.5}, {-0.75, 0.25}, {0, 1}, {-1, 0}, {0.5, 0} };
    for (unsigned i = 0; i < sizeof zs / sizeof zs[0]; i++)
        for (unsigned j = 0; j < sizeof ws / sizeof ws[0]; j++) {
            double _Complex p;
            if (zpow(cz(zs[i][0], zs[i][1]), cz(ws[j][0], ws[j][1]), &p)) FAIL(); else pz(p);
        }
    /* a zero base: 0 for a positive real exponent, else NaN; 1 for a zero exponent */
    const double w0[][2] = { {2, 0}, {0.5, 0}, {0, 0}, {-1, 0}, {1, 1}, {0, 1} };
    for (unsigned j = 0; j < sizeof w0 / sizeof w0[0]; j++) {
        double _Complex p;
        if (zpow(cz(0, 0), cz(w0[j][0], w0[j][1]), &p)) FAIL(); else pz(p);
    }
    if (sq(N, a, r)) FAIL(); else for (int i = 0; i < N; i++) pz(r[i]);
    const long ks[] = { 0, 1, 2, 5, -3, 64, -99, 120 };
    for (unsigned j = 0; j < sizeof ks / sizeof ks[0]; j++) {
        if (ipow(N, af, ks[j], rf)) FAIL();
        else for (int i = 0; i < N; i += 3) pz((double _Complex)rf[i]);
    }
    if (rpow(N, x, cz(0.5, -1.5), r)) FAIL(); else for (int i = 0; i < N; i++) pz(r[i]);
    if (mixed(N, a, r)) FAIL(); else for (int i = 0; i < N; i++) pz(r[i]);
    return 0;
}
