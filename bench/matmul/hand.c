/* Hand-written matrix product (C/OpenMP), written without arrc: what a C
 * programmer writes without a BLAS.
 *
 * The i-k-j loop order: for each row i of the result, for each p, add
 * a[i, p] times row p of b to row i of c.  The innermost loop runs along
 * the rows of b and c (unit stride, vectorised by the compiler); one OpenMP
 * parallel loop over the rows i; no tiling, so every row i reads all of b.
 * Every element's sum starts at 0 and adds the products in increasing p,
 * as the naive loop `t = 0; for p: t += a[i, p] * b[p, j]` does, so (built
 * with -ffp-contract=off: no fused multiply-add, like arrc's code) the
 * result is bit-identical to arrc's.
 */
#include "common.h"

int hand_matmul_f64(int64_t m, int64_t k, int64_t n, const double *restrict a,
                    const double *restrict b, double *restrict c)
{
    if (m < 0 || k < 0 || n < 0) return 1;
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < m; i++) {
        double *restrict ci = c + i * n;
        for (int64_t j = 0; j < n; j++) ci[j] = 0.0;
        for (int64_t p = 0; p < k; p++) {
            double aip = a[i * k + p];
            const double *restrict bp = b + p * n;
            for (int64_t j = 0; j < n; j++) ci[j] += aip * bp[j];
        }
    }
    return 0;
}

int hand_matmul_f32(int64_t m, int64_t k, int64_t n, const float *restrict a,
                    const float *restrict b, float *restrict c)
{
    if (m < 0 || k < 0 || n < 0) return 1;
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < m; i++) {
        float *restrict ci = c + i * n;
        for (int64_t j = 0; j < n; j++) ci[j] = 0.0f;
        for (int64_t p = 0; p < k; p++) {
            float aip = a[i * k + p];
            const float *restrict bp = b + p * n;
            for (int64_t j = 0; j < n; j++) ci[j] += aip * bp[j];
        }
    }
    return 0;
}
