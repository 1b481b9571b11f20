/* md_util.h: the comparisons bench2d.c and bench3d.c check results with. */
#ifndef ARRC_MD_UTIL_H
#define ARRC_MD_UTIL_H
#include <math.h>
#include <stdint.h>

/* largest |a[i]| (NaN-safe: a NaN makes it NaN) */
static inline double maxabs(int64_t n, const double *a)
{
    double m = 0.0;
    for (int64_t i = 0; i < n; i++) if (!(fabs(a[i]) <= m)) m = fabs(a[i]);
    return m;
}

/* largest |a - b| (taken modulo `period` when positive: positions in a
 * periodic box) over `scale`, or over the largest |b| when scale <= 0 */
static inline double reldiff(int64_t n, const double *a, const double *b, double scale, double period)
{
    double m = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double d = a[i] - b[i];
        if (period > 0) d -= period * round(d / period);
        d = fabs(d);
        if (!(d <= m)) m = d;
    }
    if (scale <= 0) scale = maxabs(n, b);
    return m / (scale > 0 ? scale : 1.0);
}
#endif
