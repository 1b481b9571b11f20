#include <stdint.h>
#include <string.h>
#include <stdlib.h>
/* per-thread private histograms, merged */
void hand_hist(int64_t n, const double *restrict x, int64_t k, int64_t *restrict h) {
    memset(h, 0, k * sizeof *h);
    #pragma omp parallel
    {
        int64_t *p = calloc(k, sizeof *p);
        #pragma omp for schedule(static) nowait
        for (int64_t i = 0; i < n; i++) {
            int64_t b = (int64_t)(x[i] * (double)k);
            b = b < k - 1 ? b : k - 1;
            p[b]++;
        }
        #pragma omp critical
        for (int64_t j = 0; j < k; j++) h[j] += p[j];
        free(p);
    }
}
