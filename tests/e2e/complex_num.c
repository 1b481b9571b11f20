#include "complex_num.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CALL(e) if (e) printf("error: %s\n", complex_num_last_error()); else
static void pz(const double _Complex *z, int n) { for (int i = 0; i < n; i++) printf("%.17g\n%.17g\n", creal(z[i]), cimag(z[i])); }
static void pzf(const float _Complex *z, int n) { for (int i = 0; i < n; i++) printf("%.9g\n%.9g\n", crealf(z[i]), cimagf(z[i])); }
static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }
static double _Complex mk(double re, double im) { double p[2] = { re, im }; double _Complex z; memcpy(&z, p, sizeof z); return z; }
static float _Complex mkf(float re, float im) { float p[2] = { re, im }; float _Complex z; memcpy(&z, p, sizeof z); return z; }

int main(void)
{
    enum { N = 6, M = 2, K = 3 };
    double _Complex a[N], b[N], o[7][N];
    double x[N], r[4][N];
    bool eq[N];
    for (int i = 0; i < N; i++) {
        a[i] = mk(0.5 * i - 1.0, 0.25 * i + (i == 3 ? 0.0 : 0.5));
        b[i] = i == 2 ? a[i] : mk(1.5 - 0.5 * i, -0.75 + 0.5 * i);
        x[i] = 2.0 - 0.75 * i;
    }
    CALL(ops(N, a, b, x, o[0], o[1], o[2], o[3], o[4], eq, o[5])) {
        for (int k = 0; k < 5; k++) pz(o[k], N);
        for (int i = 0; i < N; i++) printf("%d\n", eq[i]);
        pz(o[5], N);
    }
    double _Complex f[5][N];
    CALL(funcs(N, a, r[0], f[0], f[1], f[2], r[1], r[2], r[3], f[3], f[4], o[6])) {
        pf(r[0], N); pz(f[0], N); pz(f[1], N); pz(f[2], N); pf(r[1], N); pf(r[2], N); pf(r[3], N); pz(f[3], N);
        pz(f[4], N); pz(o[6], N);
    }
    float re[N], im[N];
    for (int i = 0; i < N; i++) { re[i] = 0.5f * i - 1.25f; im[i] = 1.0f - 0.375f * i; }
    float _Complex s[3][N], ss;
    double _Complex pp;
    CALL(single(N, re, im, s[0], s[1], &ss, &pp, s[2])) { pzf(s[0], N); pzf(s[1], N); pzf(&ss, 1); pz(&pp, 1); pzf(s[2], N); }
    double _Complex A[M * K], mean, cols[K], *big = NULL;
    int64_t nb, nb2;
    for (int i = 0; i < M * K; i++) A[i] = mk(0.5 * i - 1.0, 1.0 - 0.5 * (i % 4));
    CALL(stats(M, K, A, &mean, cols, &big, &nb, &nb2)) { pz(&mean, 1); pz(cols, K); printf("%lld\n%lld\n", (long long)nb, (long long)nb2); pz(big, (int)nb); }
    free(big);
    double _Complex q0, q3;
    float _Complex q1;
    double q2;
    CALL(scalars(mk(1.0, -2.0), mkf(0.5f, 1.5f), &q0, &q1, &q2, &q3)) { pz(&q0, 1); pzf(&q1, 1); printf("%.17g\n", q2); pz(&q3, 1); }
    enum { H = 12, W = 16 };
    int32_t img[H * W];
    CALL(julia(H, W, mk(-0.8, 0.156), 60, img)) for (int i = 0; i < H * W; i++) printf("%d\n", img[i]);
    return 0;
}
