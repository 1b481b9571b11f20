/* Shared declarations for the Harris benchmark (bench/harris).
 *
 * Every C implementation has the arrc section-9 ABI of
 *   export fn harris(img: f32[h, w], k: f32) -> f32[h, w]
 * (examples/harris/harris.arr): the size variables h and w, the image, k and
 * the caller-allocated h x w response, returning 0 on success. */
#ifndef HARRIS_COMMON_H
#define HARRIS_COMMON_H

#include <stdint.h>

#define HARRIS_PARAMS \
    int64_t h, int64_t w, const float *img, float k, float *out

/* hand.c: one parallel region, rows split among the threads, no h x w
 * temporaries */
int hand_harris(HARRIS_PARAMS);

#endif
