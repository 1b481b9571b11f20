#include "harness.h"
#include "trsv_gen.h"
void hand_trsv(int64_t, const double *, const double *, double *);
static int64_t N = 4000; static double *l, *b, *o1, *o2;
static void H(void) { hand_trsv(N, l, b, o1); }
static void R(void) { if (trsv(N, l, b, o2)) exit(3); }
int main(void) { l = xmalloc(N*N*8); b = xmalloc(N*8); o1 = xmalloc(N*8); o2 = xmalloc(N*8);
    for (int64_t i = 0; i < N; i++) { b[i] = u01(); for (int64_t j = 0; j < N; j++) l[i*N+j] = j < i ? (u01() - 0.5) / N : j == i ? 1.0 + u01() : 0.0; }
    H(); R(); printf("relerr %g\n", relerr(o2, o1, N)); check("trsv", relerr(o2, o1, N) < 1e-10);
    bench("trsv (lower)", "n=4000", H, R); }
