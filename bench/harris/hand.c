/* Harris corner response written by hand in C/OpenMP, from the math (not
 * from arrc's output): cv2.cornerHarris(img, blockSize=3, ksize=3, k,
 * BORDER_REFLECT_101) for an f32 image, i.e.
 *   ix, iy = the 3 x 3 Sobel derivatives / 12 (d/dx along a row, d/dy down
 *            a column), the image reflected at the border (index -1 reads
 *            1, index n reads n - 2; an extent of 1 reads element 0),
 *   a, b, c = the 3 x 3 sums of ix*ix, ix*iy, iy*iy (reflected likewise),
 *   R = a*c - b*b - k*(a + c)^2.
 *
 * One pass over memory: each thread takes a block of output rows and keeps
 * a ring of three rows of horizontal 3-sums of the three products (a row of
 * products is computed from three image rows when first needed, then its
 * horizontal sums); an output row adds the three ring rows vertically and
 * forms R.  The image is read (from cache, mostly) and R written: no
 * h x w temporaries.  The box sum is separable here (rows, then columns),
 * so its rounding differs from a 9-term sum in the last bits. */
#include "common.h"

#include <stdlib.h>

/* reflect-101 */
static inline int64_t refl(int64_t i, int64_t n)
{
    if (n == 1) return 0;
    int64_t p = 2 * n - 2;
    i %= p;
    if (i < 0) i += p;
    return i >= n ? p - i : i;
}

/* the three products of row r, horizontally summed, into sxx, sxy, syy;
 * gx, gy, pxx, pxy, pyy: scratch rows of w */
static void product_row(int64_t h, int64_t w, const float *img, int64_t r,
                        float *restrict gx, float *restrict gy,
                        float *restrict pxx, float *restrict pxy,
                        float *restrict pyy, float *restrict sxx,
                        float *restrict sxy, float *restrict syy)
{
    const float scale = 1.0f / 12.0f;
    const float *up = img + refl(r - 1, h) * w;
    const float *mid = img + r * w;
    const float *dn = img + refl(r + 1, h) * w;
    /* the border columns with reflection, the rest without tests */
    int64_t edge[2] = {0, w - 1};
    for (int e = 0; e < 2 && e < w; e++) {
        int64_t j = edge[e], jl = refl(j - 1, w), jr = refl(j + 1, w);
        gx[j] = scale * ((up[jr] + 2.0f * mid[jr] + dn[jr]) -
                         (up[jl] + 2.0f * mid[jl] + dn[jl]));
        gy[j] = scale * ((dn[jl] + 2.0f * dn[j] + dn[jr]) -
                         (up[jl] + 2.0f * up[j] + up[jr]));
    }
#pragma omp simd
    for (int64_t j = 1; j < w - 1; j++) {
        gx[j] = scale * ((up[j + 1] + 2.0f * mid[j + 1] + dn[j + 1]) -
                         (up[j - 1] + 2.0f * mid[j - 1] + dn[j - 1]));
        gy[j] = scale * ((dn[j - 1] + 2.0f * dn[j] + dn[j + 1]) -
                         (up[j - 1] + 2.0f * up[j] + up[j + 1]));
    }
#pragma omp simd
    for (int64_t j = 0; j < w; j++) {
        pxx[j] = gx[j] * gx[j];
        pxy[j] = gx[j] * gy[j];
        pyy[j] = gy[j] * gy[j];
    }
    for (int e = 0; e < 2 && e < w; e++) {
        int64_t j = edge[e], jl = refl(j - 1, w), jr = refl(j + 1, w);
        sxx[j] = pxx[jl] + pxx[j] + pxx[jr];
        sxy[j] = pxy[jl] + pxy[j] + pxy[jr];
        syy[j] = pyy[jl] + pyy[j] + pyy[jr];
    }
#pragma omp simd
    for (int64_t j = 1; j < w - 1; j++) {
        sxx[j] = pxx[j - 1] + pxx[j] + pxx[j + 1];
        sxy[j] = pxy[j - 1] + pxy[j] + pxy[j + 1];
        syy[j] = pyy[j - 1] + pyy[j] + pyy[j + 1];
    }
}

int hand_harris(HARRIS_PARAMS)
{
    if (h <= 0 || w <= 0) return 0;
    int fail = 0;
#pragma omp parallel
    {
        /* ring slot s holds the horizontal sums of row tag[s] (s = row % 3) */
        float *mem = malloc(sizeof(float) * (size_t)w * 14);
        if (!mem) {
#pragma omp atomic write
            fail = 1;
        }
        int64_t tag[3] = {-1, -1, -1};
#pragma omp for schedule(static)
        for (int64_t i = 0; i < h; i++) {
            if (!mem) continue;
            float *gx = mem, *gy = gx + w, *pxx = gy + w, *pxy = pxx + w,
                  *pyy = pxy + w;
            float *ring = pyy + w;   /* 3 slots x 3 channels x w */
            int64_t rows[3] = {refl(i - 1, h), i, refl(i + 1, h)};
            for (int q = 0; q < 3; q++) {
                int64_t r = rows[q], s = r % 3;
                if (tag[s] != r) {
                    float *slot = ring + s * 3 * w;
                    product_row(h, w, img, r, gx, gy, pxx, pxy, pyy, slot,
                                slot + w, slot + 2 * w);
                    tag[s] = r;
                }
            }
            const float *s0 = ring + (rows[0] % 3) * 3 * w;
            const float *s1 = ring + (rows[1] % 3) * 3 * w;
            const float *s2 = ring + (rows[2] % 3) * 3 * w;
            float *o = out + i * w;
#pragma omp simd
            for (int64_t j = 0; j < w; j++) {
                float a = s0[j] + s1[j] + s2[j];
                float b = s0[w + j] + s1[w + j] + s2[w + j];
                float c = s0[2 * w + j] + s1[2 * w + j] + s2[2 * w + j];
                float tr = a + c;
                o[j] = a * c - b * b - k * tr * tr;
            }
        }
        free(mem);
    }
    return fail;
}
