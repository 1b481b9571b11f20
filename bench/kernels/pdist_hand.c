#include <stdint.h>
#include <math.h>
void hand_pdist(int64_t n, int64_t d, const double *restrict p, double *restrict out) {
    #pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; i++) {
        const double *restrict pi = p + i * d;
        for (int64_t j = 0; j < n; j++) {
            const double *restrict pj = p + j * d;
            double s = 0.0;
            #pragma omp simd reduction(+:s)
            for (int64_t k = 0; k < d; k++) { double t = pi[k] - pj[k]; s += t * t; }
            out[i * n + j] = sqrt(s);
        }
    }
}
