#include "harness.h"
#include "img3_gen.h"
void hand_sharpen_clamp(int64_t, int64_t, const float *, float *);
void hand_sharpen_wrap(int64_t, int64_t, const float *, float *);
static int64_t Hh = 4096, W = 4096; static float *a, *o1, *o2;
static void H(void) { hand_sharpen_clamp(Hh, W, a, o1); }
static void R(void) { if (sharpen_clamp(Hh, W, a, o2)) exit(3); }
static void H2(void) { hand_sharpen_wrap(Hh, W, a, o1); }
static void R2(void) { if (sharpen_wrap(Hh, W, a, o2)) exit(3); }
static float ferr(void) { float m = 0; for (int64_t i = 0; i < Hh*W; i++) { float d = fabsf(o1[i] - o2[i]); if (!(d <= m)) m = d; } return m; }
int main(void) { a = xmalloc(Hh*W*4); o1 = xmalloc(Hh*W*4); o2 = xmalloc(Hh*W*4);
    for (int64_t i = 0; i < Hh*W; i++) a[i] = (float)u01();
    H(); R(); printf("maxdiff %g\n", ferr()); check("clamp", ferr() < 1e-5);
    H2(); R2(); printf("maxdiff %g\n", ferr()); check("wrap", ferr() < 1e-5);
    bench("3x3 clamp f32", "4096^2", H, R);
    bench("3x3 wrap f32", "4096^2", H2, R2); }
