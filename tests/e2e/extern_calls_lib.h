/* C functions called from extern_calls.arr through `extern`. */
#ifndef EXTERN_CALLS_LIB_H
#define EXTERN_CALLS_LIB_H
#include <stdint.h>
#include <stdbool.h>

double logistic(double x, double k);
float halve(float x);
int32_t clampi(int32_t v, int32_t lo, int32_t hi);
int64_t mix64(int64_t a, int64_t b);
bool is_odd(int64_t v);
/* not callable from arr (pointer parameter): only an error if named */
double sum_ptr(const double *p, int64_t n);
#endif
