/* Shared declarations for the k-means benchmark (bench/kmeans).
 *
 * Every implementation has the arrc section-9 ABI of the sample's
 *   export fn kmeans_step(px: f64[n], py: f64[n], cx: f64[k], cy: f64[k])
 *       -> (i64[n], f64[k], f64[k])
 * i.e. the size variables n and k, four const inputs and three
 * caller-allocated outputs (assignment, new centres x and y), returning 0 on
 * success.
 */
#ifndef KM_COMMON_H
#define KM_COMMON_H

#include <stdint.h>

#define KM_PARAMS                                                          \
    int64_t n, int64_t k, const double *px, const double *py,              \
    const double *cx, const double *cy, int64_t *out0, double *out1,       \
    double *out2

/* hand.c: one OpenMP parallel loop over the points, per-thread partial
 * sums and counts, combined after the loop. */
int hand_kmeans_step(KM_PARAMS);

#endif
