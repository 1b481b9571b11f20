#include <stdint.h>
void hand_mandel(int64_t h, int64_t w, int64_t maxit, int32_t *restrict out) {
    #pragma omp parallel for schedule(dynamic, 1)
    for (int64_t i = 0; i < h; i++) {
        double ci = -1.25 + 2.5 * (double)i / (double)h;
        for (int64_t j = 0; j < w; j++) {
            double cr = -2.0 + 2.5 * (double)j / (double)w;
            double zr = 0, zi = 0; int32_t k = 0;
            while (k < (int32_t)maxit && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr; zi = 2.0 * zr * zi + ci; zr = t; k++;
            }
            out[i * w + j] = k;
        }
    }
}
