#include "harness.h"
#include "nbody_gen.h"
void hand_nbody(int64_t, const double *, const double *, const double *, const double *, double, double *, double *, double *);
static int64_t N = 4000; static double *x, *y, *z, *m, *a1[3], *a2[3];
static void H(void) { hand_nbody(N, x, y, z, m, 1e-3, a1[0], a1[1], a1[2]); }
static void R(void) { if (nbody(N, x, y, z, m, 1e-3, a2[0], a2[1], a2[2])) exit(3); }
int main(void) { x = xmalloc(N*8); y = xmalloc(N*8); z = xmalloc(N*8); m = xmalloc(N*8);
    for (int c = 0; c < 3; c++) { a1[c] = xmalloc(N*8); a2[c] = xmalloc(N*8); }
    for (int64_t i = 0; i < N; i++) { x[i] = u01(); y[i] = u01(); z[i] = u01(); m[i] = u01(); }
    H(); R(); double e = 0; for (int c = 0; c < 3; c++) { double r = relerr(a2[c], a1[c], N); if (r > e) e = r; }
    printf("relerr %g\n", e); check("nbody", e < 1e-8);
    bench("nbody3d", "n=4000", H, R); }
