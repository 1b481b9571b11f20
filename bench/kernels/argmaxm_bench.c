#include "harness.h"
#include "argmaxm_gen.h"
void hand_argmax_mask(int64_t, const double *, double, int64_t *);
void hand_argmax_plain(int64_t, const double *, int64_t *);
static int64_t N = 8000000; static double *x; static int64_t r1, r2;
static void H(void) { hand_argmax_mask(N, x, 0.3, &r1); }
static void R(void) { if (argmax_mask(N, x, 0.3, &r2)) exit(3); }
static int64_t r3, r4;
static void H2(void) { hand_argmax_plain(N, x, &r3); }
static void R2(void) { if (argmax_plain(N, x, &r4)) exit(3); }
int main(void) { x = xmalloc(N*8);
    for (int64_t i = 0; i < N; i++) x[i] = u01() - 0.5;
    H(); R(); printf("%ld %ld\n", (long)r1, (long)r2); check("argmax", r1 == r2);
    bench("argmax+mask", "8e6", H, R);
    H2(); R2(); check("argmax plain", r3 == r4); bench("argmax plain", "8e6", H2, R2); }
