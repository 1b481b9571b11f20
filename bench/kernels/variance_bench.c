#include "harness.h"
#include "variance_gen.h"
void hand_variance(int64_t, const double *, double *);
static int64_t N = 10000000; static double *x, r1, r2;
static void H(void) { hand_variance(N, x, &r1); }
static void R(void) { if (variance(N, x, &r2)) exit(3); }
int main(void) { x = xmalloc(N*8); for (int64_t i = 0; i < N; i++) x[i] = u01();
    H(); R(); check("variance", fabs(r1 - r2) < 1e-12 * fabs(r1));
    bench("variance", "1e7", H, R); }
