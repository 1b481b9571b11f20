#include "jump_fusion.h"
#include <stdio.h>

#define CALL(e) if (e) printf("error: %s\n", jump_fusion_last_error()); else

int main(void)
{
    enum { N = 6 };
    double a[N], b[N], r;
    for (int flag = 0; flag < 2; flag++) {
        for (int i = 0; i < N; i++) { a[i] = i - 1.5; b[i] = -7.0; }
        CALL(h(N, a, b, flag, &r)) {
            printf("%.17g\n", r);
            for (int i = 0; i < N; i++) printf("%.17g\n", b[i]);
        }
    }
    for (int neg = 0; neg < 2; neg++) {
        double x[N], y[N];
        int64_t out;
        for (int i = 0; i < N; i++) { x[i] = neg && i == 3 ? -1.0 : i + 0.5; y[i] = 0.0; }
        CALL(k(N, x, y, &out)) {
            printf("%lld\n", (long long)out);
            for (int i = 0; i < N; i++) printf("%.17g\n", y[i]);
        }
    }
    return 0;
}
