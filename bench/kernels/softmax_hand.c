#include <stdint.h>
#include <math.h>
#pragma omp declare simd notinbranch
double exp(double);
void hand_softmax(int64_t m, int64_t n, const double *restrict a, double *restrict out) {
    #pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < m; i++) {
        const double *restrict r = a + i * n; double *restrict o = out + i * n;
        double mx = -INFINITY;
        #pragma omp simd reduction(max:mx)
        for (int64_t j = 0; j < n; j++) mx = r[j] > mx ? r[j] : mx;
        double s = 0.0;
        #pragma omp simd reduction(+:s)
        for (int64_t j = 0; j < n; j++) { double e = exp(r[j] - mx); o[j] = e; s += e; }
        #pragma omp simd
        for (int64_t j = 0; j < n; j++) o[j] = o[j] / s;
    }
}
