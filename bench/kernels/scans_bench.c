#include "harness.h"
#include "scans_gen.h"
void hand_prefix(int64_t, const double *, double *);
void hand_cummax(int64_t, const double *, double *);
static int64_t N = 10000000; static double *a, *o1, *o2;
static void H(void) { hand_prefix(N, a, o1); }
static void R(void) { if (prefix(N, a, o2)) exit(3); }
static void H2(void) { hand_cummax(N, a, o1); }
static void R2(void) { if (cummax(N, a, o2)) exit(3); }
int main(void) { a = xmalloc(N*8); o1 = xmalloc(N*8); o2 = xmalloc(N*8);
    for (int64_t i = 0; i < N; i++) a[i] = u01() - 0.4999;
    omp_set_num_threads(2); H(); R(); check("prefix", relerr(o2, o1, N) < 1e-6);
    H2(); R2(); check("cummax", relerr(o2, o1, N) == 0);
    bench("cumsum", "1e7", H, R);
    bench("cummax(scan)", "1e7", H2, R2); }
