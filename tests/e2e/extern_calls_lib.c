#include "extern_calls_lib.h"
#include <math.h>

double logistic(double x, double k) { return 1.0 / (1.0 + exp(-k * x)); }
float halve(float x) { return 0.5f * x; }
int32_t clampi(int32_t v, int32_t lo, int32_t hi) { return v < lo ? lo : v > hi ? hi : v; }
int64_t mix64(int64_t a, int64_t b) { return (a * 31 + b) % 1000003; }
bool is_odd(int64_t v) { return (v & 1) != 0; }
double sum_ptr(const double *p, int64_t n) { double s = 0; for (int64_t i = 0; i < n; i++) s += p[i]; return s; }
