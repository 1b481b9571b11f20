#include "harness.h"
#include "conv1d_gen.h"
void hand_conv_st(int64_t, const double *, double *);
void hand_conv_cmp(int64_t, const double *, const double *, double *);
static int64_t N = 8000000; static double *a, *w, *o1, *o2;
static void H(void) { hand_conv_st(N, a, o1); }
static void R(void) { if (conv_st(N, a, o2)) exit(3); }
static void H2(void) { hand_conv_cmp(N, a, w, o1); }
static void R2(void) { int64_t d; double *o; if (conv_cmp(N, a, w, &o, &d)) exit(3); free(o); }
static void H3(void) { double *o = malloc((N - 4) * 8); hand_conv_cmp(N, a, w, o); free(o); }
static void R4(void) { if (conv_into(N, N - 4, a, w, o2)) { puts(conv1d_gen_last_error()); exit(3); } }
int main(void) { a = xmalloc(N*8); o1 = xmalloc(N*8); o2 = xmalloc(N*8); w = xmalloc(5*8);
    for (int64_t i = 0; i < N; i++) a[i] = u01();
    w[0] = 0.1; w[1] = 0.2; w[2] = 0.4; w[3] = 0.2; w[4] = 0.1;
    H(); R(); check("conv_st", relerr(o2, o1, N) < 1e-15);
    H2(); { int64_t d; double *o; if (conv_cmp(N, a, w, &o, &d)) exit(3); check("conv_cmp", d == N - 4 && relerr(o, o1, N - 4) < 1e-14); free(o); }
    bench("conv1d-stencil", "8e6,5tap", H, R);
    bench("conv1d-cmp", "8e6,5tap", H2, R2);
    bench("conv1d-cmp/malloc", "8e6,5tap", H3, R2);
    R4(); check("conv_into", relerr(o2, o1, N - 4) < 1e-14);
    bench("conv1d-cmp-into", "8e6,5tap", H2, R4); }
