#include <stdint.h>
/* interior rows/cols straight; edges with clamped / wrapped indices */
#define K(a, up, dn, l, c, r) (5.0f * a[c] - 0.5f * (up[c] + dn[c] + a[l] + a[r]) - 0.25f * (up[l] + up[r] + dn[l] + dn[r]))
static inline int64_t clampi(int64_t i, int64_t n) { return i < 0 ? 0 : i >= n ? n - 1 : i; }
static inline int64_t wrapi(int64_t i, int64_t n) { return i < 0 ? i + n : i >= n ? i - n : i; }
#define BODY(IDX) \
    _Pragma("omp parallel for schedule(static)") \
    for (int64_t i = 0; i < h; i++) { \
        const float *restrict a = img + i * w, *restrict up = img + IDX(i - 1, h) * w, *restrict dn = img + IDX(i + 1, h) * w; \
        float *restrict o = out + i * w; \
        o[0] = K(a, up, dn, IDX(-1, w), 0, 1); \
        _Pragma("omp simd") \
        for (int64_t j = 1; j < w - 1; j++) o[j] = K(a, up, dn, j - 1, j, j + 1); \
        o[w - 1] = K(a, up, dn, w - 2, w - 1, IDX(w, w)); \
    }
void hand_sharpen_clamp(int64_t h, int64_t w, const float *restrict img, float *restrict out) { BODY(clampi) }
void hand_sharpen_wrap(int64_t h, int64_t w, const float *restrict img, float *restrict out) { BODY(wrapi) }
