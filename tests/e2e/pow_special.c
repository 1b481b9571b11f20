#include "pow_special.h"
#include <math.h>
#include <stdio.h>

/* each value with its sign bit (the comparison of numbers would take -0 for 0), 0 for NaNs */
static void pf(const double *x, int n) { for (int i = 0; i < n; i++) printf("%.17g %d\n", x[i], !isnan(x[i]) && signbit(x[i]) ? 1 : 0); }
#define CALL(e) if (e) printf("error: %s\n", pow_special_last_error()); else

int main(void)
{
    enum { N = 12 };
    double a[N] = { -0.0, -INFINITY, INFINITY, NAN, 4.0, 2.0, 0.0, -2.0, 1e-310, 0.25, 1e300, 3.0 };
    double y[N] = { 0.5, 0.5, -0.5, 0.0, 0.5, 3.0, -1.0, 2.0, 0.5, -0.5, 0.5, 1.5 };
    double o[N], s;
    float af[N], of[N];
    const float a32[N] = { -0.0f, -INFINITY, INFINITY, NAN, 4.0f, 2.25f, 0.0f, -2.0f, 16.0f, 0.0625f, 1048576.0f, 9.0f };
    for (int i = 0; i < N; i++) af[i] = a32[i];     /* squares: the root is exact */
    CALL(half(N, a, o)) pf(o, N);
    CALL(half_let(N, a, o)) pf(o, N);
    CALL(by(N, a, 0.5, o)) pf(o, N);
    CALL(by(N, a, 3.0, o)) pf(o, N);
    CALL(half32(N, af, of)) for (int i = 0; i < N; i++) printf("%.17g %d\n", (double)of[i], !isnan(of[i]) && signbit(of[i]) ? 1 : 0);
    CALL(two(N, a, o)) pf(o, N);
    /* squares where glibc's pow(x, 2) is a bit off x * x (NumPy's square) */
    double b[3] = { -0x1.7acbe472662ddp+72, 0x1.2c30ba47b8432p+272, 0x1.6d3e124f84d8p+450 };
    CALL(two(3, b, o)) pf(o, 3);
    CALL(each(N, a, y, o)) pf(o, N);
    for (int i = 0; i < 3; i++) CALL(scalar(a[i], &s)) printf("%.17g %d\n", s, !isnan(s) && signbit(s) ? 1 : 0);
    return 0;
}
