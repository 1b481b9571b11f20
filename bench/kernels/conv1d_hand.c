#include <stdint.h>
/* oob_skip semantics: y[0..2) and y[n-2..n) stay 0 */
void hand_conv_st(int64_t n, const double *restrict a, double *restrict b) {
    b[0] = b[1] = b[n - 2] = b[n - 1] = 0.0;
    #pragma omp parallel for simd schedule(static)
    for (int64_t i = 2; i < n - 2; i++)
        b[i] = 0.1 * a[i - 2] + 0.2 * a[i - 1] + 0.4 * a[i] + 0.2 * a[i + 1] + 0.1 * a[i + 2];
}
void hand_conv_cmp(int64_t n, const double *restrict x, const double *restrict w, double *restrict y) {
    const double w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
    #pragma omp parallel for simd schedule(static)
    for (int64_t i = 0; i < n - 4; i++)
        y[i] = w0 * x[i] + w1 * x[i + 1] + w2 * x[i + 2] + w3 * x[i + 3] + w4 * x[i + 4];
}
