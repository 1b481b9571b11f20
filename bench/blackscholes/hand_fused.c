/* Hand-written fused Black-Scholes put price: one OpenMP loop, the spec's
 * (LANGUAGE.md section 8) operation order, no fast-math, no contraction
 * (build with -ffp-contract=off).
 *
 *   VEC=0  plain scalar libm calls, `#pragma omp parallel for`.
 *   VEC=1  exp/log10/erf declared `#pragma omp declare simd notinbranch` so
 *          that gcc calls glibc's libmvec (_ZGV?N?v_exp ...) without
 *          -ffast-math, loop under `#pragma omp parallel for simd`.
 *
 * sqrt under VEC=1: libmvec has no sqrt, and with gcc's default -fmath-errno
 * gcc turns sqrt(x) into `x < 0 ? sqrt(x) /+errno/ : .SQRT(x)`, a branch with
 * a call that stops the whole loop from vectorising (declare simd on sqrt is
 * ignored: it stays a builtin).  SQRT_MODE picks the work-around:
 *   0  plain sqrt(): vectorises only if the TU gets -fno-math-errno.
 *   1  (default of this file) a noinline `declare simd` wrapper in this file:
 *      the loop vectorises, the wrapper's simd clone does the lanes' sqrt one
 *      by one.  Self-contained, needs no extra flag, but ~1.6x slower.
 *   2  (the Makefile's default) an external `declare simd` bs_vsqrt() from
 *      vsqrt.c, which is built with -fno-math-errno so its clones use
 *      vsqrtpd.  As fast as mode 0.  (Link vsqrt.o.)
 * All three give bit-identical results (sqrt is correctly rounded).
 * (`#pragma GCC optimize("no-math-errno")` / __attribute__((optimize)) do
 * not help with gcc 12; only the command-line flag does.)
 *
 * BS_NAME sets the exported symbol (default hand_fused_vec/hand_fused_scalar).
 */
#include <math.h>
#include <stdint.h>

#ifndef VEC
#define VEC 1
#endif
#ifndef SQRT_MODE
#define SQRT_MODE 1
#endif
#ifndef BS_NAME
#if VEC
#define BS_NAME hand_fused_vec
#else
#define BS_NAME hand_fused_scalar
#endif
#endif

#if VEC
#pragma omp declare simd notinbranch
double exp(double);
#pragma omp declare simd notinbranch
double log10(double);
#pragma omp declare simd notinbranch
double erf(double);
#if SQRT_MODE == 1
#pragma omp declare simd notinbranch
__attribute__((noinline)) static double bs_sqrt(double x) { return sqrt(x); }
#define SQRT bs_sqrt
#elif SQRT_MODE == 2
#pragma omp declare simd notinbranch
double bs_vsqrt(double);
#define SQRT bs_vsqrt
#else
#define SQRT sqrt
#endif
#else
#define SQRT sqrt
#endif

static inline double cndf2(double x)
{
    return 0.5 + 0.5 * erf(0.707106781 * x);
}

int BS_NAME(int64_t n, const double *restrict sptprice,
            const double *restrict strike, const double *restrict rate,
            const double *restrict volatility, const double *restrict time,
            double *restrict out)
{
#if VEC
#pragma omp parallel for simd schedule(static)
#else
#pragma omp parallel for schedule(static)
#endif
    for (int64_t i = 0; i < n; i++) {
        double logterm = log10(sptprice[i] / strike[i]);
        double powterm = 0.5 * volatility[i] * volatility[i];
        double den = volatility[i] * SQRT(time[i]);
        double d1 = ((rate[i] + powterm) * time[i] + logterm) / den;
        double d2 = d1 - den;
        double future = strike[i] * exp(-rate[i] * time[i]);
        double call = sptprice[i] * cndf2(d1) - future * cndf2(d2);
        out[i] = call - future + sptprice[i];
    }
    return 0;
}
