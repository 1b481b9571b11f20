#include "harness.h"
#include "transp_gen.h"
void hand_transp(int64_t, int64_t, const double *, double *);
static int64_t M = 3000, N = 2000; static double *a, *o1, *o2;
static void H(void) { hand_transp(M, N, a, o1); }
static void R(void) { if (transp(M, N, a, o2)) exit(3); }
static void R2(void) { if (transp2(M, N, a, o2)) exit(3); }
int main(void) { a = xmalloc(M*N*8); o1 = xmalloc(M*N*8); o2 = xmalloc(M*N*8);
    for (int64_t i = 0; i < M*N; i++) a[i] = u01();
    H(); R(); check("transp", relerr(o2, o1, M*N) == 0);
    R2(); check("transp2", relerr(o2, o1, M*N) == 0);
    bench("transpose", "3000x2000", H, R);
    bench("transpose-cmp", "3000x2000", H, R2); }
