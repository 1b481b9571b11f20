#include <stdio.h>
#include <stdlib.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "stencil_point.h"

#define CHECK(call) do { if (call) { printf("error: %s\n", stencil_point_last_error()); } } while (0)

static void pr(const double *a, int64_t n)
{
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)(i % 7 + 1) * a[i];
    printf("%lld %.17g %.17g\n", (long long)n, n ? a[0] : 0.0, s);
}

int main(void)
{
    static const int64_t SIZES[] = { 0, 1, 5, 1000 };
    static const int64_t ITS[] = { 0, 1, 6, 12 };
    static double x[1000 * 300], o[1000 * 300];
    for (int one = 1; one >= 0; one--) {
#ifdef _OPENMP
        omp_set_num_threads(one ? 1 : 2);
#endif
        for (int z = 0; z < 4; z++)
            for (int t = 0; t < 4; t++) {
                int64_t n = SIZES[z], it = ITS[t];
                for (int64_t i = 0; i < n; i++) x[i] = (double)(i % 11) / 4.0;
                CHECK(p1(n, x, it, o));
                pr(o, n);
                pr(x, n);
                int64_t m = n == 1000 ? 300 : 3;        /* 1000 x 300 f64: past 2 MiB */
                for (int64_t i = 0; i < n * m; i++) x[i] = (double)(i % 13) / 8.0;
                CHECK(p2(n, m, x, it, o));
                pr(o, n * m);
                pr(x, n * m);
            }
    }
    return 0;
}
