/* Hand-written k-means step (C/OpenMP), written without arrc.
 *
 * One parallel region, one pass over the points: every thread takes a static
 * block of points, finds each point's nearest centre (squared Euclidean
 * distance, the first centre on a tie, as NumPy's argmin), writes the
 * assignment and adds the point to its own partial sums and count for that
 * centre.  After the loop the partials are combined in thread order
 * (deterministic for a given thread count) and each centre becomes the mean
 * of its points; a centre without points keeps its position.
 * Build with -ffp-contract=off (no fused multiply-add, like arrc's code).
 */
#include "common.h"

#include <stdlib.h>
#ifdef _OPENMP
#include <omp.h>
#endif

/* partials of one thread, padded to whole cache lines */
typedef struct { double sx, sy; int64_t cnt; int64_t pad; } part;

int hand_kmeans_step(int64_t n, int64_t k, const double *restrict px,
                     const double *restrict py, const double *restrict cx,
                     const double *restrict cy, int64_t *restrict assign,
                     double *restrict ncx, double *restrict ncy)
{
    if (n < 0 || k < 0 || (n > 0 && k == 0)) return 1;
#ifdef _OPENMP
    int nt = omp_get_max_threads();
#else
    int nt = 1;
#endif
    size_t stride = (size_t)k + 4;   /* + 4 parts = 128 bytes between threads */
    part *parts = malloc((size_t)nt * stride * sizeof(part));
    if (!parts) return 1;
    int used = 1;

#pragma omp parallel num_threads(nt)
    {
#ifdef _OPENMP
        int t = omp_get_thread_num();
#pragma omp single
        used = omp_get_num_threads();
#else
        int t = 0;
#endif
        part *my = parts + (size_t)t * stride;
        for (int64_t c = 0; c < k; c++) my[c] = (part){ 0.0, 0.0, 0, 0 };
#pragma omp for schedule(static)
        for (int64_t i = 0; i < n; i++) {
            double x = px[i], y = py[i];
            double best = 0.0;
            int64_t bc = 0;
            for (int64_t c = 0; c < k; c++) {
                double dx = x - cx[c], dy = y - cy[c];
                double d = dx * dx + dy * dy;
                if (c == 0 || d < best) { best = d; bc = c; }
            }
            assign[i] = bc;
            my[bc].sx += x;
            my[bc].sy += y;
            my[bc].cnt += 1;
        }
    }

    for (int64_t c = 0; c < k; c++) {
        double sx = 0.0, sy = 0.0;
        int64_t cnt = 0;
        for (int t = 0; t < used; t++) {
            const part *p = parts + (size_t)t * stride + c;
            sx += p->sx;
            sy += p->sy;
            cnt += p->cnt;
        }
        ncx[c] = cnt > 0 ? sx / (double)cnt : cx[c];
        ncy[c] = cnt > 0 ? sy / (double)cnt : cy[c];
    }
    free(parts);
    return 0;
}
