/* Hand-written C/OpenMP version of the blur sample (LANGUAGE.md section 8),
 * written without arrc, with the same observable behaviour as the sample:
 *
 *   - `buf = copy(img)`: `out` serves as `buf` (the caller allocated it
 *     anyway), so the copy goes straight into `out`;
 *   - round r writes the interior (rows and columns 2 .. n-3, :oob_skip) of
 *     `b` from `a`, b = out and a = img in even rounds, the other way round
 *     in odd ones (`return a, b` swaps them); the 2-pixel frame is never
 *     written;
 *   - the result is the last round's b: already in out after an odd number
 *     of rounds (or none), copied from img after an even number.
 * So img ends up with the same contents as with the generated code.
 *
 * One parallel region for the copy and all rounds; each round is an
 * `omp for` over the interior rows (static schedule; its implicit barrier
 * separates the rounds); the row function is a fused loop with no boundary
 * tests that gcc vectorises (restrict row pointers, -O3).  Every pixel uses
 * the source's operation order in f32; build with -ffp-contract=off (no
 * fused multiply-add), so the result is bitwise equal to arrc's. */
#include "common.h"

#include <string.h>

static inline void blur_row(int64_t w, const float *restrict m2,
                            const float *restrict m1, const float *restrict c0,
                            const float *restrict p1, const float *restrict p2,
                            float *restrict dst)
{
    for (int64_t j = 2; j < w - 2; j++) {
        dst[j] = 0.0030f * (m2[j - 2] + m2[j + 2] + p2[j - 2] + p2[j + 2])
               + 0.0133f * (m2[j - 1] + m2[j + 1] + m1[j - 2] + m1[j + 2]
                          + p1[j - 2] + p1[j + 2] + p2[j - 1] + p2[j + 1])
               + 0.0219f * (m2[j] + p2[j] + c0[j - 2] + c0[j + 2])
               + 0.0596f * (m1[j - 1] + m1[j + 1] + p1[j - 1] + p1[j + 1])
               + 0.0983f * (m1[j] + p1[j] + c0[j - 1] + c0[j + 1])
               + 0.1621f * c0[j];
    }
}

int hand_blur(int64_t h, int64_t w, float *img, int64_t iterations, float *out)
{
    if (h < 0 || w < 0 || iterations < 0) return 1;
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (int64_t i = 0; i < h; i++)
            memcpy(out + i * w, img + i * w, (size_t)w * sizeof(float));
        for (int64_t r = 0; r < iterations; r++) {
            const float *a = (r & 1) ? out : img;
            float *b = (r & 1) ? img : out;
#pragma omp for schedule(static)
            for (int64_t i = 2; i < h - 2; i++)
                blur_row(w, a + (i - 2) * w, a + (i - 1) * w, a + i * w,
                         a + (i + 1) * w, a + (i + 2) * w, b + i * w);
        }
        if (iterations > 0 && iterations % 2 == 0) {   /* result is in img */
#pragma omp for schedule(static)
            for (int64_t i = 0; i < h; i++)
                memcpy(out + i * w, img + i * w, (size_t)w * sizeof(float));
        }
    }
    return 0;
}
