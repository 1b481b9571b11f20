#include "harness.h"
#include "maxred_gen.h"
void hand_maxred(int64_t, const double *, double *);
static int64_t N = 8000000; static double *x, r1, r2;
static void H(void) { hand_maxred(N, x, &r1); }
static void R(void) { if (maxred(N, x, &r2)) exit(3); }
int main(void) { x = xmalloc(N*8); for (int64_t i = 0; i < N; i++) x[i] = u01();
    H(); R(); check("maxred", r1 == r2);
    x[12345] = NAN; H(); R(); check("maxred NaN", isnan(r1) && isnan(r2)); x[12345] = 0.5;
    bench("maximum(x)", "8e6", H, R); }
