/* Plain C reference for the blur sample (LANGUAGE.md section 8), written by
 * hand without arrc; check.sh compares arrc's kernel with it bit for bit.
 *
 * Same ABI as the generated function:
 *   int blur_ref(int64_t h, int64_t w, float *img, int64_t iterations, float *out);
 *
 * What the sample means (spec section 7):
 *   - buf = copy(img); round 0 binds b = buf, a = img;
 *   - each round writes b[i, j] for every (i, j) whose whole 5 x 5
 *     neighbourhood lies in the image, i.e. 2 <= i < h - 2, 2 <= j < w - 2
 *     (:oob_skip); the 2-pixel border of b keeps its previous contents;
 *   - `return a, b` swaps the two buffers for the next round, so img itself
 *     is written in the odd rounds (the caller's array is updated in place);
 *   - the result is the buffer b was bound to in the last round (buf after an
 *     odd number of rounds, img after an even one; buf with 0 rounds);
 *     it is copied into out.
 * Every pixel is computed in f32 with the source's operation order (sums
 * left to right, the six products added left to right); build with
 * -ffp-contract=off so that no a * b + c becomes a fused multiply-add.
 * Returns 0, or 1 for a negative iteration count or a failed allocation. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int blur_ref(int64_t h, int64_t w, float *img, int64_t iterations, float *out)
{
    if (iterations < 0 || h < 0 || w < 0) return 1;
    size_t n = (size_t)h * (size_t)w;
    float *buf = malloc(n ? n * sizeof(float) : 1);
    if (!buf) return 1;
    memcpy(buf, img, n * sizeof(float));

    float *b = buf, *a = img, *last = buf;
    for (int64_t r = 0; r < iterations; r++) {
        for (int64_t i = 2; i < h - 2; i++) {
            for (int64_t j = 2; j < w - 2; j++) {
#define A(di, dj) a[(i + (di)) * w + (j + (dj))]
                b[i * w + j] =
                    0.0030f * (A(-2, -2) + A(-2, 2) + A(2, -2) + A(2, 2))
                    + 0.0133f * (A(-2, -1) + A(-2, 1) + A(-1, -2) + A(-1, 2)
                               + A(1, -2) + A(1, 2) + A(2, -1) + A(2, 1))
                    + 0.0219f * (A(-2, 0) + A(2, 0) + A(0, -2) + A(0, 2))
                    + 0.0596f * (A(-1, -1) + A(-1, 1) + A(1, -1) + A(1, 1))
                    + 0.0983f * (A(-1, 0) + A(1, 0) + A(0, -1) + A(0, 1))
                    + 0.1621f * A(0, 0);
#undef A
            }
        }
        last = b;
        float *t = a;   /* return a, b: b takes a's buffer and a takes b's */
        a = b;
        b = t;
    }
    memcpy(out, last, n * sizeof(float));
    free(buf);
    return 0;
}
