#include "harness.h"
#include "rownorm_gen.h"
void hand_rownorm(int64_t, int64_t, const double *, double *);
void hand_colnorm(int64_t, int64_t, const double *, double *);
static int64_t M = 2000, N = 2000; static double *a, *o1, *o2;
static void H(void) { hand_rownorm(M, N, a, o1); }
static void R(void) { if (rownorm(M, N, a, o2)) exit(3); }
static void H2(void) { hand_colnorm(M, N, a, o1); }
static void R2(void) { if (colnorm(M, N, a, o2)) exit(3); }
int main(void) { a = xmalloc(M*N*8); o1 = xmalloc(M*N*8); o2 = xmalloc(M*N*8);
    for (int64_t i = 0; i < M*N; i++) a[i] = u01() - 0.5;
    H(); R(); check("rownorm", relerr(o2, o1, M*N) < 1e-12);
    H2(); R2(); check("colnorm", relerr(o2, o1, M*N) < 1e-12);
    bench("rownorm", "2000x2000", H, R);
    bench("colnorm", "2000x2000", H2, R2); }
