#include <stdint.h>
/* cache-blocked transpose, 32x32 tiles, parallel over tile rows of the output */
void hand_transp(int64_t m, int64_t n, const double *restrict a, double *restrict t) {
    const int64_t B = 32;
    #pragma omp parallel for schedule(static)
    for (int64_t jb = 0; jb < n; jb += B)
        for (int64_t ib = 0; ib < m; ib += B) {
            int64_t je = jb + B < n ? jb + B : n, ie = ib + B < m ? ib + B : m;
            for (int64_t j = jb; j < je; j++)
                for (int64_t i = ib; i < ie; i++) t[j * m + i] = a[i * n + j];
        }
}
