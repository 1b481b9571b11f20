#include <stdint.h>
#include <math.h>
#include <omp.h>
/* two-pass parallel scan: chunk sums, then each chunk rescans with its offset
   (serial when 1 thread) */
void hand_prefix(int64_t n, const double *restrict x, double *restrict y) {
    int nt = omp_get_max_threads();
    if (nt == 1) { double s = 0; for (int64_t i = 0; i < n; i++) { s += x[i]; y[i] = s; } return; }
    double part[256];
    #pragma omp parallel
    {
        int t = omp_get_thread_num(), T = omp_get_num_threads();
        int64_t lo = n * t / T, hi = n * (t + 1) / T;
        double s = 0;
        for (int64_t i = lo; i < hi; i++) { s += x[i]; y[i] = s; }
        part[t] = s;
        #pragma omp barrier
        double off = 0; for (int u = 0; u < t; u++) off += part[u];
        if (t > 0) {
            #pragma omp simd
            for (int64_t i = lo; i < hi; i++) y[i] += off;
        }
    }
}
void hand_cummax(int64_t n, const double *restrict x, double *restrict y) {
    int nt = omp_get_max_threads();
    if (nt == 1) { double s = -1e300; for (int64_t i = 0; i < n; i++) { s = x[i] > s ? x[i] : s; y[i] = s; } return; }
    double part[256];
    #pragma omp parallel
    {
        int t = omp_get_thread_num(), T = omp_get_num_threads();
        int64_t lo = n * t / T, hi = n * (t + 1) / T;
        double s = -1e300;
        for (int64_t i = lo; i < hi; i++) { s = x[i] > s ? x[i] : s; y[i] = s; }
        part[t] = s;
        #pragma omp barrier
        double off = -1e300; for (int u = 0; u < t; u++) off = part[u] > off ? part[u] : off;
        if (t > 0) {
            #pragma omp simd
            for (int64_t i = lo; i < hi; i++) y[i] = y[i] > off ? y[i] : off;
        }
    }
}
