#include <stdint.h>
void hand_variance(int64_t n, const double *restrict x, double *out) {
    double s = 0.0;
    #pragma omp parallel for simd reduction(+:s) schedule(static)
    for (int64_t i = 0; i < n; i++) s += x[i];
    double mu = s / (double)n, v = 0.0;
    #pragma omp parallel for simd reduction(+:v) schedule(static)
    for (int64_t i = 0; i < n; i++) { double d = x[i] - mu; v += d * d; }
    *out = v / (double)n;
}
