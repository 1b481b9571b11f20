#include "harness.h"
#include "matvec_gen.h"
void hand_mv(int64_t, int64_t, const double *, const double *, double *);
void hand_mtv(int64_t, int64_t, const double *, const double *, double *);
static int64_t M = 4000, N = 4000; static double *a, *x, *y, *o1, *o2;
static void H(void) { hand_mv(M, N, a, x, o1); }
static void R(void) { if (mv(M, N, a, x, o2)) exit(3); }
static void H2(void) { hand_mtv(M, N, a, y, o1); }
static void R2(void) { if (mtv(M, N, a, y, o2)) exit(3); }
int main(void) { a = xmalloc(M*N*8); x = xmalloc(N*8); y = xmalloc(M*8); o1 = xmalloc(M*8); o2 = xmalloc(M*8);
    for (int64_t i = 0; i < M*N; i++) a[i] = u01();
    for (int64_t i = 0; i < N; i++) x[i] = u01();
    for (int64_t i = 0; i < M; i++) y[i] = u01();
    H(); R(); check("mv", relerr(o2, o1, M) < 1e-12);
    H2(); R2(); check("mtv", relerr(o2, o1, N) < 1e-12);
    bench("matvec A@x", "4000x4000", H, R);
    bench("A^T y (cols)", "4000x4000", H2, R2); }
