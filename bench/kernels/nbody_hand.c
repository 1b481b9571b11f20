#include <stdint.h>
#include <math.h>
void hand_nbody(int64_t n, const double *restrict x, const double *restrict y, const double *restrict z,
                const double *restrict m, double eps2, double *restrict ax, double *restrict ay, double *restrict az) {
    #pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; i++) {
        double xi = x[i], yi = y[i], zi = z[i], sx = 0, sy = 0, sz = 0;
        #pragma omp simd reduction(+:sx, sy, sz)
        for (int64_t j = 0; j < n; j++) {
            double dx = x[j] - xi, dy = y[j] - yi, dz = z[j] - zi;
            double r2 = dx * dx + dy * dy + dz * dz + eps2;
            double r3 = r2 * sqrt(r2);
            sx += m[j] * dx / r3; sy += m[j] * dy / r3; sz += m[j] * dz / r3;
        }
        ax[i] = sx; ay[i] = sy; az[i] = sz;
    }
}
