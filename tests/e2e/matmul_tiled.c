#include "matmul_tiled.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", matmul_tiled_last_error()); else

static double va(int64_t i) { return (double)(i % 17) * 0.37 - 2.1; }
static double vb(int64_t i) { return (double)((i * 5) % 23) * 0.13 - 1.3; }

static void run64(int64_t m, int64_t k, int64_t n)
{
    double *a = malloc(sizeof(double) * (size_t)(m * k + 1)), *b = malloc(sizeof(double) * (size_t)(k * n + 1));
    double *c = malloc(sizeof(double) * (size_t)(m * n + 1));
    for (int64_t i = 0; i < m * k; i++) a[i] = va(i);
    for (int64_t i = 0; i < k * n; i++) b[i] = vb(i);
    printf("mm64 %lld %lld %lld\n", (long long)m, (long long)k, (long long)n);
    CALL(mm64(m, k, n, a, b, c)) for (int64_t i = 0; i < m * n; i++) printf("%.17g\n", c[i]);
    free(a); free(b); free(c);
}

static void run32(int64_t m, int64_t k, int64_t n)
{
    float *a = malloc(sizeof(float) * (size_t)(m * k + 1)), *b = malloc(sizeof(float) * (size_t)(k * n + 1));
    float *c = malloc(sizeof(float) * (size_t)(m * n + 1));
    for (int64_t i = 0; i < m * k; i++) a[i] = (float)va(i);
    for (int64_t i = 0; i < k * n; i++) b[i] = (float)vb(i);
    printf("mm32 %lld %lld %lld\n", (long long)m, (long long)k, (long long)n);
    CALL(mm32(m, k, n, a, b, c)) for (int64_t i = 0; i < m * n; i++) printf("%.9g\n", (double)c[i]);
    free(a); free(b); free(c);
}

int main(void)
{
    run64(97, 300, 35);      /* 2 MC blocks (ragged MR), 2 KC blocks, ragged NR; parallel */
    run64(5, 13, 2100);      /* an NC block split */
    run64(2, 2, 2);          /* the small path */
    run64(3, 0, 4);          /* k = 0: zeros */
    run64(0, 5, 7);          /* empty */
    run32(130, 260, 70);     /* f32, parallel */
    run32(7, 9, 11);
    enum { M = 40, K = 70, N = 33 };
    static double a[M * K], w[N * K], c[N], r[M * N];
    for (int i = 0; i < M * K; i++) a[i] = va(i);
    for (int i = 0; i < N * K; i++) w[i] = vb(i + 3);
    for (int i = 0; i < N; i++) c[i] = 0.5 * i - 3.0;
    printf("affine\n");
    CALL(affine(M, K, N, a, w, c, r)) for (int i = 0; i < M * N; i++) printf("%.17g\n", r[i]);
    printf("gram\n");
    enum { GM = 150, GK = 120 };
    double *ga = malloc(sizeof(double) * GM * GK), *g1 = malloc(sizeof(double) * GK * GK), *g2 = malloc(sizeof(double) * GM * GM);
    for (int i = 0; i < GM * GK; i++) ga[i] = va(i * 3 + 1);
    CALL(gram(GM, GK, ga, g1, g2)) { for (int i = 0; i < GK * GK; i++) printf("%.17g\n", g1[i]); for (int i = 0; i < GM * GM; i++) printf("%.17g\n", g2[i]); }
    free(ga); free(g1); free(g2);
    printf("bad\n");
    CALL(mm_bad(M, K, K - 1, N, a, w, r)) printf("%.17g\n", r[0]);
    return 0;
}
