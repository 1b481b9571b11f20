#include <stdint.h>
void hand_horner(int64_t n, const double *restrict x, const double *restrict c, double *restrict y) {
    const double c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3], c4 = c[4], c5 = c[5], c6 = c[6], c7 = c[7];
    #pragma omp parallel for simd schedule(static)
    for (int64_t i = 0; i < n; i++) { double t = x[i];
        y[i] = c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * (c6 + t * c7)))))); }
}
/* loop form: acc = acc*x + c[6-k] */
void hand_horner_loop(int64_t n, const double *restrict x, const double *restrict c, double *restrict y) {
    #pragma omp parallel for simd schedule(static)
    for (int64_t i = 0; i < n; i++) { double t = x[i], acc = c[7];
        for (int k = 0; k < 7; k++) acc = acc * t + c[6 - k];
        y[i] = acc; }
}
