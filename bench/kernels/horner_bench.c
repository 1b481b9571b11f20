#include "harness.h"
#include "horner_gen.h"
void hand_horner(int64_t, const double *, const double *, double *);
void hand_horner_loop(int64_t, const double *, const double *, double *);
static int64_t N = 8000000; static double *x, *c, *o1, *o2;
static void H(void) { hand_horner(N, x, c, o1); }
static void R(void) { if (horner(N, x, c, o2)) exit(3); }
static void H2(void) { hand_horner_loop(N, x, c, o1); }
static void R2(void) { if (horner_loop(N, x, c, o2)) exit(3); }
int main(void) { x = xmalloc(N*8); c = xmalloc(64); o1 = xmalloc(N*8); o2 = xmalloc(N*8);
    for (int64_t i = 0; i < N; i++) x[i] = 2 * u01() - 1; for (int k = 0; k < 8; k++) c[k] = 1.0 / (k + 1);
    H(); R(); check("horner", relerr(o2, o1, N) == 0);
    H2(); R2(); check("horner_loop", relerr(o2, o1, N) == 0);
    bench("horner-expr", "8e6,deg7", H, R);
    bench("horner-loop", "8e6,deg7", H2, R2); }
