/* Shared declarations for the Black-Scholes benchmark (bench/blackscholes).
 *
 * Every implementation has the arrc section-9 ABI of the spec's sample
 *   export fn blackscholes(sptprice: f64[n], strike: f64[n], rate: f64[n],
 *                          volatility: f64[n], time: f64[n]) -> f64[n]
 * i.e. one int64_t size, five const inputs, one caller-allocated output,
 * returning 0 on success.
 */
#ifndef BS_COMMON_H
#define BS_COMMON_H

#include <stdint.h>

#define BS_PARAMS                                                          \
    int64_t n, const double *sptprice, const double *strike,               \
    const double *rate, const double *volatility, const double *time,      \
    double *out

/* The hand-written references (hand_fused.c built twice). */
int hand_fused_scalar(BS_PARAMS); /* VEC=0: scalar libm, parallel for      */
int hand_fused_vec(BS_PARAMS);    /* VEC=1: libmvec via declare simd        */
int hand_unfused_scalar(BS_PARAMS);
int hand_unfused_vec(BS_PARAMS);

#endif
