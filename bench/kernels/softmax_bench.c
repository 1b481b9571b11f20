#include "harness.h"
#include "softmax_gen.h"
void hand_softmax(int64_t, int64_t, const double *, double *);
static int64_t M = 2000, N = 2000; static double *a, *o1, *o2;
static void H(void) { hand_softmax(M, N, a, o1); }
static void R(void) { if (softmax(M, N, a, o2)) exit(3); }
int main(void) { a = xmalloc(M*N*8); o1 = xmalloc(M*N*8); o2 = xmalloc(M*N*8);
    for (int64_t i = 0; i < M*N; i++) a[i] = 10 * u01();
    H(); R(); check("softmax", relerr(o2, o1, M*N) < 1e-12);
    bench("softmax", "2000x2000", H, R); }
