#include <stdint.h>
void hand_spmv(int64_t m, const int64_t *restrict rp, const int64_t *restrict col, const double *restrict val,
               const double *restrict x, double *restrict y) {
    #pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < m; i++) {
        double s = 0.0;
        #pragma omp simd reduction(+:s)
        for (int64_t k = rp[i]; k < rp[i + 1]; k++) s += val[k] * x[col[k]];
        y[i] = s;
    }
}
