/* SQRT_MODE=2 helper for hand_fused.c / hand_unfused.c: a `declare simd`
 * sqrt whose simd clones (_ZGV{b,c,d,e}N*v_bs_vsqrt) use packed vsqrtpd.
 * Build this file (only) with -fno-math-errno; results equal sqrt()'s. */
#include <math.h>

#pragma omp declare simd notinbranch
double bs_vsqrt(double x) { return sqrt(x); }
