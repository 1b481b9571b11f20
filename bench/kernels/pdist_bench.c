#include "harness.h"
#include "pdist_gen.h"
void hand_pdist(int64_t, int64_t, const double *, double *);
static int64_t N = 2000, D = 3; static double *p, *o1, *o2;
static void H(void) { hand_pdist(N, D, p, o1); }
static void R(void) { if (pdist(N, D, p, o2)) exit(3); }
int main(int argc, char **argv) { if (argc > 1) D = atoi(argv[1]); if (argc > 2) N = atoi(argv[2]);
    p = xmalloc(N*D*8); o1 = xmalloc(N*N*8); o2 = xmalloc(N*N*8);
    for (int64_t i = 0; i < N*D; i++) p[i] = u01();
    H(); R(); check("pdist", relerr(o2, o1, N*N) < 1e-12);
    char s[64]; snprintf(s, 64, "n=%ld,d=%ld", (long)N, (long)D);
    bench("pdist", s, H, R); }
