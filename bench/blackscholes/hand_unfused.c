/* Hand-written *unfused* Black-Scholes, the way NumPy evaluates it: one
 * parallel loop per operation, each writing a freshly malloc'd temporary
 * array, temporaries freed as soon as they are dead.  Same operation order
 * as hand_fused.c / the spec, so the result is bit-identical to the fused
 * code with the same math library (VEC=0: scalar libm; VEC=1: libmvec via
 * declare simd, see hand_fused.c for the sqrt note and SQRT_MODE).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#ifndef VEC
#define VEC 1
#endif
#ifndef SQRT_MODE
#define SQRT_MODE 1
#endif
#ifndef BS_NAME
#if VEC
#define BS_NAME hand_unfused_vec
#else
#define BS_NAME hand_unfused_scalar
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
#define PAR_FOR _Pragma("omp parallel for simd schedule(static)")
#else
#define SQRT sqrt
#define PAR_FOR _Pragma("omp parallel for schedule(static)")
#endif

enum { NTMP = 32 };

/* T[k] = malloc'd temporary k; OP(k, expr-of-i) fills it in its own loop. */
#define NEW(k)                                                             \
    do {                                                                   \
        T[k] = malloc((size_t)n * sizeof(double));                         \
        if (!T[k]) goto fail;                                              \
    } while (0)
#define OP(k, expr)                                                        \
    do {                                                                   \
        NEW(k);                                                            \
        double *restrict d_ = T[k];                                        \
        PAR_FOR for (int64_t i = 0; i < n; i++) d_[i] = (expr);            \
    } while (0)
#define DROP(k) do { free(T[k]); T[k] = NULL; } while (0)
#define A(k) T[k][i]

int BS_NAME(int64_t n, const double *restrict sptprice,
            const double *restrict strike, const double *restrict rate,
            const double *restrict volatility, const double *restrict time,
            double *restrict out)
{
    double *T[NTMP] = {0};
    if (n <= 0) return 0;

    /* logterm = log10(sptprice / strike) */
    OP(0, sptprice[i] / strike[i]);
    OP(1, log10(A(0)));                  DROP(0);            /* 1 logterm */
    /* powterm = 0.5 * volatility * volatility */
    OP(2, 0.5 * volatility[i]);
    OP(3, A(2) * volatility[i]);         DROP(2);            /* 3 powterm */
    /* den = volatility * sqrt(time) */
    OP(4, SQRT(time[i]));
    OP(5, volatility[i] * A(4));         DROP(4);            /* 5 den */
    /* d1 = ((rate + powterm) * time + logterm) / den */
    OP(6, rate[i] + A(3));               DROP(3);
    OP(7, A(6) * time[i]);               DROP(6);
    OP(8, A(7) + A(1));                  DROP(7); DROP(1);
    OP(9, A(8) / A(5));                  DROP(8);            /* 9 d1 */
    /* d2 = d1 - den */
    OP(10, A(9) - A(5));                 DROP(5);            /* 10 d2 */
    /* future = strike * exp(-rate * time) */
    OP(11, -rate[i]);
    OP(12, A(11) * time[i]);             DROP(11);
    OP(13, exp(A(12)));                  DROP(12);
    OP(14, strike[i] * A(13));           DROP(13);           /* 14 future */
    /* cndf2(d1) = 0.5 + 0.5 * erf(0.707106781 * d1) */
    OP(15, 0.707106781 * A(9));          DROP(9);
    OP(16, erf(A(15)));                  DROP(15);
    OP(17, 0.5 * A(16));                 DROP(16);
    OP(18, 0.5 + A(17));                 DROP(17);           /* 18 cndf2(d1) */
    /* cndf2(d2) */
    OP(19, 0.707106781 * A(10));         DROP(10);
    OP(20, erf(A(19)));                  DROP(19);
    OP(21, 0.5 * A(20));                 DROP(20);
    OP(22, 0.5 + A(21));                 DROP(21);           /* 22 cndf2(d2) */
    /* call = sptprice * cndf2(d1) - future * cndf2(d2) */
    OP(23, sptprice[i] * A(18));         DROP(18);
    OP(24, A(14) * A(22));               DROP(22);
    OP(25, A(23) - A(24));               DROP(23); DROP(24); /* 25 call */
    /* put = call - future + sptprice */
    OP(26, A(25) - A(14));               DROP(25); DROP(14);
    {
        const double *restrict t = T[26];
        PAR_FOR for (int64_t i = 0; i < n; i++) out[i] = t[i] + sptprice[i];
    }
    DROP(26);
    return 0;

fail:
    for (int k = 0; k < NTMP; k++) free(T[k]);
    return 1;
}
