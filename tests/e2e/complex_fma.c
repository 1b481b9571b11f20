#include "complex_fma.h"
#include <complex.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define CALL(e) if (e) printf("error: %s\n", complex_fma_last_error()); else
enum { N = 200 };
static uint64_t s = 12345;
static double rnd(void) { s = s * 6364136223846793005ULL + 1442695040888963407ULL; return (double)(s >> 11) * 0x1p-53 * 4.0 - 2.0; }
static double _Complex cz(double re, double im) { double p[2] = { re, im }; double _Complex z; memcpy(&z, p, sizeof z); return z; }
static float _Complex czf(float re, float im) { float p[2] = { re, im }; float _Complex z; memcpy(&z, p, sizeof z); return z; }
static void bits(double x) { uint64_t u; memcpy(&u, &x, 8); printf(" h%016llx", (unsigned long long)u); }
static void bits32(float x) { uint32_t u; memcpy(&u, &x, 4); printf(" h%08lx", (unsigned long)u); }

int main(void)
{
    static double _Complex a[N], b[N], m[N], d[N], x[N];
    static float _Complex af[N], bf[N], mf[N];
    for (int i = 0; i < N; i++) {
        double ar = rnd(), ai = rnd(), br = rnd(), bi = rnd();
        a[i] = cz(ar, ai); b[i] = cz(br, bi);
        af[i] = czf((float)ar, (float)ai); bf[i] = czf((float)br, (float)bi);
    }
    double _Complex sc = cz(0.7, -1.3);
    CALL(cmul(N, a, b, m)) CALL(cdiv(N, a, b, d)) CALL(cmul32(N, af, bf, mf)) CALL(caxpy(N, a, b, sc, x))
    for (int i = 0; i < N; i++) {
        bits(creal(m[i])); bits(cimag(m[i])); bits(creal(d[i])); bits(cimag(d[i]));
        bits32(crealf(mf[i])); bits32(cimagf(mf[i])); bits(creal(x[i])); bits(cimag(x[i]));
        printf("\n");
    }
    return 0;
}
