#include "range_offsets.h"
#include <stdio.h>

#define CALL(e) if (e) printf("error: %s\n", range_offsets_last_error()); else
static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", x[i]); }

int main(void)
{
    enum { N = 100003, M = 7, W = 9 };
    static double a[N], r1[N], r2[N], b[M * W], rb[M * W];
    for (int i = 0; i < N; i++) a[i] = (i % 37) * 0.25 - 3.0;
    for (int i = 0; i < M * W; i++) b[i] = i * 0.5 - 1.0;
    CALL(shifted(N, a, 0.75, r1)) pf(r1, N);
    CALL(neighbours(N, a, r1, r2)) { pf(r1, N); pf(r2, N); }
    CALL(box(M, W, b, 3, rb)) pf(rb, M * W);
    CALL(box(M, W, b, 10, rb)) pf(rb, 1);     /* empty ranges: nothing stored */
    CALL(box(M, W, b, -1, rb)) pf(rb, 1);     /* a non-empty range from -1: out of bounds */
    return 0;
}
