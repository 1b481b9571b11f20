/* Shared declarations for the blur benchmark (bench/blur).
 *
 * Every C implementation has the arrc section-9 ABI of the spec's sample
 *   export fn blur(img: f32[h, w], iterations: i64) -> f32[h, w]
 * i.e. the size variables h and w, img (written: it is one of the stencil's
 * buffers, updated in place), the iteration count and the caller-allocated
 * h x w result, returning 0 on success.
 */
#ifndef BLUR_COMMON_H
#define BLUR_COMMON_H

#include <stdint.h>

#define BLUR_PARAMS \
    int64_t h, int64_t w, float *img, int64_t iterations, float *out

/* hand.c: out plays the sample's `buf`; one parallel region, rows split
 * among the threads, a fused vectorised loop over the interior; the two
 * buffers are swapped after each round. */
int hand_blur(BLUR_PARAMS);

#endif
