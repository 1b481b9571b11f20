#include <stdint.h>
#include <math.h>
#include <omp.h>
/* first index of the max of v = (x > lo ? x*x : -1e300). One pass: blocks of
   1024 get a vectorised max; only a block that beats the best so far is
   rescanned (from L1) for its first index. Threads: contiguous chunks,
   combined in chunk order (ties -> lower index). */
void hand_argmax_mask(int64_t n, const double *restrict x, double lo, int64_t *out) {
    double bv[64]; int64_t bi[64]; int T = 1;
    #pragma omp parallel
    {
        int t = omp_get_thread_num(); T = omp_get_num_threads();
        int64_t a = n * t / T, b = n * (t + 1) / T;
        double best = -INFINITY; int64_t idx = a;
        for (int64_t s = a; s < b; s += 1024) {
            int64_t e = s + 1024 < b ? s + 1024 : b;
            double m = -INFINITY;
            #pragma omp simd reduction(max:m)
            for (int64_t i = s; i < e; i++) { double v = x[i] > lo ? x[i] * x[i] : -1.0e300; m = v > m ? v : m; }
            if (m > best) {
                best = m;
                for (int64_t i = s; i < e; i++) { double v = x[i] > lo ? x[i] * x[i] : -1.0e300; if (v == m) { idx = i; break; } }
            }
        }
        bv[t] = best; bi[t] = idx;
    }
    double B = bv[0]; int64_t I = bi[0];
    for (int u = 1; u < T; u++) if (bv[u] > B) { B = bv[u]; I = bi[u]; }
    *out = I;
}

void hand_argmax_plain(int64_t n, const double *restrict x, int64_t *out) {
    double bv[64]; int64_t bi[64]; int T = 1;
    #pragma omp parallel
    {
        int t = omp_get_thread_num(); T = omp_get_num_threads();
        int64_t a = n * t / T, b = n * (t + 1) / T;
        double best = -INFINITY; int64_t idx = a;
        for (int64_t s = a; s < b; s += 1024) {
            int64_t e = s + 1024 < b ? s + 1024 : b;
            double m = -INFINITY;
            #pragma omp simd reduction(max:m)
            for (int64_t i = s; i < e; i++) { double v = x[i]; m = v > m ? v : m; }
            if (m > best) {
                best = m;
                for (int64_t i = s; i < e; i++) { double v = x[i]; if (v == m) { idx = i; break; } }
            }
        }
        bv[t] = best; bi[t] = idx;
    }
    double B = bv[0]; int64_t I = bi[0];
    for (int u = 1; u < T; u++) if (bv[u] > B) { B = bv[u]; I = bi[u]; }
    *out = I;
}
