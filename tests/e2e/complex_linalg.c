#include "complex_linalg.h"
#include <complex.h>
#include <stdio.h>
#include <string.h>

enum { N = 300, M = 40, K = 33, P = 50 };
static double fr(int i) { return 0.25 + (double)((i * 37) % 101) / 101.0; }
static double fi(int i) { return -0.5 + (double)((i * 53) % 97) / 97.0; }
static double _Complex cz(double re, double im) { double p[2] = { re, im }; double _Complex z; memcpy(&z, p, sizeof z); return z; }
static float _Complex czf(float re, float im) { float p[2] = { re, im }; float _Complex z; memcpy(&z, p, sizeof z); return z; }
static void pz(double _Complex z) { printf("%.17g %.17g\n", creal(z), cimag(z)); }
#define FAIL() printf("error: %s\n", complex_linalg_last_error())

int main(void)
{
    static double _Complex a[M * K], b[K * P], x[N], y[N], r[M * P], v[K];
    static double re[N], ra[M * K];
    static float _Complex af[M * K], xf[K], rf[M];
    for (int i = 0; i < M * K; i++) { a[i] = cz(fr(i), fi(i)); af[i] = czf((float)fr(i), (float)fi(i)); ra[i] = fi(i + 5); }
    for (int i = 0; i < K * P; i++) b[i] = cz(fi(i + 1), fr(i + 2));
    for (int i = 0; i < N; i++) { x[i] = cz(fr(i + 3), fi(i + 4)); y[i] = cz(fi(i + 6), -fr(i)); re[i] = fr(i + 7); }
    for (int i = 0; i < K; i++) xf[i] = czf((float)fi(i), (float)fr(i + 9));
    double _Complex s;
    if (d(N, x, y, &s)) FAIL(); else pz(s);
    if (dm(N, x, re, &s)) FAIL(); else pz(s);
    if (d(0, x, y, &s)) FAIL(); else pz(s);
    if (mm(M, K, P, a, b, r)) FAIL(); else for (int i = 0; i < M * P; i++) pz(r[i]);
    if (mv(M, K, af, xf, rf)) FAIL(); else for (int i = 0; i < M; i++) printf("%.9g %.9g\n", crealf(rf[i]), cimagf(rf[i]));
    if (vm(M, K, x, ra, v)) FAIL(); else for (int i = 0; i < K; i++) pz(v[i]);
    if (op(M, K, x, y, r)) FAIL(); else for (int i = 0; i < M * K; i++) pz(r[i]);
    return 0;
}
