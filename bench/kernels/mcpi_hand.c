#include <stdint.h>
static inline uint64_t sm64(uint64_t z) { z += 0x9E3779B97F4A7C15ULL; z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL; z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL; return z ^ (z >> 31); }
void hand_mcpi(int64_t seed, int64_t n, double *out) {
    uint64_t s = sm64((uint64_t)seed); int64_t c = 0;
    #pragma omp parallel for simd reduction(+:c) schedule(static)
    for (int64_t k = 0; k < n; k++) {
        double u = (double)(sm64(s ^ (uint64_t)(2 * k)) >> 11) * 0x1.0p-53;
        double v = (double)(sm64(s ^ (uint64_t)(2 * k + 1)) >> 11) * 0x1.0p-53;
        c += u * u + v * v < 1.0;
    }
    *out = 4.0 * (double)c / (double)n;
}
