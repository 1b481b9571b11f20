/* Shared declarations for the matrix-product benchmark (bench/matmul).
 *
 * Every implementation has the arrc section-9 ABI of mm.arr's
 *   export fn matmul_f64(a: f64[m, k], b: f64[k, n]) -> f64[m, n]
 *   export fn matmul_f32(a: f32[m, k], b: f32[k, n]) -> f32[m, n]
 * i.e. the size variables m, k, n (in order of appearance), the two const
 * inputs (row-major) and the caller-allocated m x n output, returning 0 on
 * success.
 */
#ifndef MM_COMMON_H
#define MM_COMMON_H

#include <stdint.h>

#define MM_PARAMS(T) \
    int64_t m, int64_t k, int64_t n, const T *a, const T *b, T *out

/* hand.c: the i-k-j loops, one OpenMP parallel loop over the rows. */
int hand_matmul_f64(MM_PARAMS(double));
int hand_matmul_f32(MM_PARAMS(float));

/* blas.c: cblas_dgemm / cblas_sgemm of OpenBLAS (row-major, alpha 1,
 * beta 0); blas_init sets OpenBLAS's thread count to OpenMP's
 * (OMP_NUM_THREADS) and says which OpenBLAS it is. */
int blas_matmul_f64(MM_PARAMS(double));
int blas_matmul_f32(MM_PARAMS(float));
void blas_init(void);

#endif
