#include <stdbool.h>
#include <stdint.h>
#include <math.h>
#include <omp.h>
/* first index of the max of v = (x > lo ? x*x : -1e300) (masked) or of x.
   One pass: blocks of 1024 get a vectorised max; only a block that beats
   the best so far is rescanned (from L1) for its first index. Threads:
   contiguous chunks, combined in chunk order (ties -> lower index). */
static inline double value(const double *restrict x, int64_t i, bool masked, double lo)
{
    return masked ? (x[i] > lo ? x[i] * x[i] : -1.0e300) : x[i];
}

/* inlined with masked a constant: each caller gets its own loops */
static inline __attribute__((always_inline)) int64_t argmax_blocked(int64_t n, const double *restrict x, bool masked, double lo)
{
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
            for (int64_t i = s; i < e; i++) { double v = value(x, i, masked, lo); m = v > m ? v : m; }
            if (m > best) {
                best = m;
                for (int64_t i = s; i < e; i++) if (value(x, i, masked, lo) == m) { idx = i; break; }
            }
        }
        bv[t] = best; bi[t] = idx;
    }
    double B = bv[0]; int64_t I = bi[0];
    for (int u = 1; u < T; u++) if (bv[u] > B) { B = bv[u]; I = bi[u]; }
    return I;
}

void hand_argmax_mask(int64_t n, const double *restrict x, double lo, int64_t *out) { *out = argmax_blocked(n, x, true, lo); }
void hand_argmax_plain(int64_t n, const double *restrict x, int64_t *out) { *out = argmax_blocked(n, x, false, 0.0); }
