#include <stdint.h>
/* forward substitution, row oriented; the dot of each row is a simd reduction
   (one thread: the row dependency is inherent; parallel dot for big rows) */
void hand_trsv(int64_t n, const double *restrict l, const double *restrict b, double *restrict x) {
    for (int64_t i = 0; i < n; i++) {
        const double *restrict r = l + i * n; double s = 0.0;
        #pragma omp simd reduction(+:s)
        for (int64_t j = 0; j < i; j++) s += r[j] * x[j];
        x[i] = (b[i] - s) / r[i];
    }
}
