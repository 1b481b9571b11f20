#include <stdint.h>
#include <math.h>
#include <stdlib.h>
void hand_rownorm(int64_t m, int64_t n, const double *restrict a, double *restrict out) {
    #pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < m; i++) {
        const double *restrict r = a + i * n; double *restrict o = out + i * n;
        double s = 0.0;
        #pragma omp simd reduction(+:s)
        for (int64_t j = 0; j < n; j++) s += r[j] * r[j];
        double nr = sqrt(s);
        #pragma omp simd
        for (int64_t j = 0; j < n; j++) o[j] = r[j] / nr;
    }
}
/* column norms: each thread sums a band of rows into its own partial vector
   (rows streamed in order), combine, then one parallel pass dividing */
void hand_colnorm(int64_t m, int64_t n, const double *restrict a, double *restrict out) {
    double *restrict nr = calloc(n, sizeof(double));
    #pragma omp parallel
    {
        double *restrict p = calloc(n, sizeof(double));
        #pragma omp for schedule(static) nowait
        for (int64_t i = 0; i < m; i++) {
            const double *restrict r = a + i * n;
            #pragma omp simd
            for (int64_t j = 0; j < n; j++) p[j] += r[j] * r[j];
        }
        #pragma omp critical
        for (int64_t j = 0; j < n; j++) nr[j] += p[j];
        free(p);
        #pragma omp barrier
        #pragma omp for simd schedule(static)
        for (int64_t j = 0; j < n; j++) nr[j] = sqrt(nr[j]);
        #pragma omp for schedule(static)
        for (int64_t i = 0; i < m; i++) {
            const double *restrict r = a + i * n; double *restrict o = out + i * n;
            #pragma omp simd
            for (int64_t j = 0; j < n; j++) o[j] = r[j] / nr[j];
        }
    }
    free(nr);
}
