#include <stdint.h>
#include <math.h>
/* NaN-propagating max (as arr's maximum): vector max + a NaN flag */
void hand_maxred(int64_t n, const double *restrict x, double *out) {
    double m = -INFINITY; int nanf = 0;
    #pragma omp parallel for simd reduction(max:m) reduction(|:nanf) schedule(static)
    for (int64_t i = 0; i < n; i++) { double v = x[i]; nanf |= v != v; m = v > m ? v : m; }
    *out = nanf ? NAN : m;
}
