#include <stdint.h>
#include <stdlib.h>
void hand_mv(int64_t m, int64_t n, const double *restrict a, const double *restrict x, double *restrict y) {
    #pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < m; i++) {
        double s = 0.0;
        #pragma omp simd reduction(+:s)
        for (int64_t j = 0; j < n; j++) s += a[i * n + j] * x[j];
        y[i] = s;
    }
}
/* y^T A: each thread accumulates its band of rows into a private vector */
void hand_mtv(int64_t m, int64_t n, const double *restrict a, const double *restrict y, double *restrict out) {
    for (int64_t j = 0; j < n; j++) out[j] = 0.0;
    #pragma omp parallel
    {
        double *restrict p = calloc(n, sizeof(double));
        #pragma omp for schedule(static) nowait
        for (int64_t i = 0; i < m; i++) {
            const double *restrict r = a + i * n; double yi = y[i];
            #pragma omp simd
            for (int64_t j = 0; j < n; j++) p[j] += r[j] * yi;
        }
        #pragma omp critical
        for (int64_t j = 0; j < n; j++) out[j] += p[j];
        free(p);
    }
}
