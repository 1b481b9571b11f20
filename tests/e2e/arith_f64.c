#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "arith_f64.h"

#define N 11

static void print_arr(const double *v, int n) {
    for (int i = 0; i < n; i++) printf("%.17g\n", v[i]);
}

int main(void) {
    double a[N], b[N], r1[N], r2[N];
    for (int i = 0; i < N; i++) {
        a[i] = 0.75 * (double)i - 3.3;
        b[i] = 1.0 / (double)(i + 1) + (double)(i % 3);
    }
    if (add_sub(N, a, b, r1, r2)) printf("error: %s\n", arith_f64_last_error());
    else { print_arr(r1, N); print_arr(r2, N); }
    if (mul_div(N, a, b, r1, r2)) printf("error: %s\n", arith_f64_last_error());
    else { print_arr(r1, N); print_arr(r2, N); }
    if (neg_bcast(N, a, 1.7, r1)) printf("error: %s\n", arith_f64_last_error());
    else print_arr(r1, N);
    if (mixed_expr(N, a, b, -0.6, r1)) printf("error: %s\n", arith_f64_last_error());
    else print_arr(r1, N);
    if (scalar_left(N, a, r1)) printf("error: %s\n", arith_f64_last_error());
    else print_arr(r1, N);
    if (assoc(N, a, b, r1, r2)) printf("error: %s\n", arith_f64_last_error());
    else { print_arr(r1, N); print_arr(r2, N); }
    return 0;
}
