#include "matmul_idiom.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", matmul_idiom_last_error()); else
static double va(int64_t i) { return (double)(i % 19) - 9.0; }
static double vb(int64_t i) { return (double)((i * 7) % 29) - 14.0; }

int main(void)
{
    enum { M = 130, K = 270, N = 75 };
    double *a = malloc(sizeof(double) * M * K), *b = malloc(sizeof(double) * K * N), *c = malloc(sizeof(double) * M * N);
    float *af = malloc(sizeof(float) * M * K), *bf = malloc(sizeof(float) * K * N), *cf = malloc(sizeof(float) * M * N);
    for (int i = 0; i < M * K; i++) { a[i] = va(i); af[i] = (float)va(i); }
    for (int i = 0; i < K * N; i++) { b[i] = vb(i); bf[i] = (float)vb(i); }
    printf("gemm\n");
    CALL(gemm(M, K, N, a, b, c)) for (int i = 0; i < M * N; i++) printf("%.17g\n", c[i]);
    printf("gemm32\n");
    CALL(gemm32(M, K, N, af, bf, cf)) for (int i = 0; i < M * N; i++) printf("%.9g\n", (double)cf[i]);
    printf("gemm_t\n");     /* a read as [K, M], b as [N, K] */
    CALL(gemm_t(K, M, N, a, b, c)) for (int i = 0; i < M * N; i++) printf("%.17g\n", c[i]);
    printf("plus1\n");
    CALL(plus1(7, 5, 3, a, b, c)) for (int i = 0; i < 21; i++) printf("%.17g\n", c[i]);
    printf("gemm_ab\n");     /* the epilogue reads c at the element */
    double *c0 = malloc(sizeof(double) * M * N);
    for (int i = 0; i < M * N; i++) c0[i] = (double)(i % 11);
    CALL(gemm_ab(M, N, K, 2.0, -3.0, c0, a, b, c)) for (int i = 0; i < M * N; i++) printf("%.17g\n", c[i]);
    free(c0);
    printf("cov\n");         /* a [K, M] read as d, both operands transposed columns */
    double *cv = malloc(sizeof(double) * M * M);
    CALL(cov(K, M, a, cv)) for (int i = 0; i < M * M; i++) printf("%.17g\n", cv[i]);
    free(cv);
    printf("offdiag\n");
    double *od = malloc(sizeof(double) * 60 * 60);
    CALL(offdiag(60, 90, a, b, od)) for (int i = 0; i < 60 * 60; i++) printf("%.17g\n", od[i]);
    free(od);
    free(a); free(b); free(c); free(af); free(bf); free(cf);
    return 0;
}
