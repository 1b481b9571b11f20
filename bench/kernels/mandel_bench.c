#include "harness.h"
#include "mandel_gen.h"
void hand_mandel(int64_t, int64_t, int64_t, int32_t *);
static int64_t Hh = 600, W = 800, MI = 200; static int32_t *o1, *o2;
static void H(void) { hand_mandel(Hh, W, MI, o1); }
static void R(void) { if (mandel(Hh, W, MI, o2)) exit(3); }
int main(void) { o1 = xmalloc(Hh*W*4); o2 = xmalloc(Hh*W*4);
    H(); R(); check("mandel", memcmp(o1, o2, Hh*W*4) == 0);
    bench("mandelbrot", "800x600,200it", H, R); }
