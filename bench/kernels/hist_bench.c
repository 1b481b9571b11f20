#include "harness.h"
#include "hist_gen.h"
void hand_hist(int64_t, const double *, int64_t, int64_t *);
static int64_t N = 10000000, K = 64; static double *a; static int64_t *o1, *o2;
static void H(void) { hand_hist(N, a, K, o1); }
static void R(void) { if (hist(N, a, K, o2)) { puts(hist_gen_last_error()); exit(3); } }
int main(void) { a = xmalloc(N*8); o1 = xmalloc(K*8); o2 = xmalloc(K*8);
    for (int64_t i = 0; i < N; i++) a[i] = u01();
    H(); R(); check("hist", memcmp(o1, o2, K*8) == 0);
    bench("histogram", "1e7,k=64", H, R); }
