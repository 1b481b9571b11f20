#include "fp_predicates.h"
#include <math.h>
#include <stdio.h>

#define CALL(e) if (e) printf("error: %s\n", fp_predicates_last_error()); else

int main(void)
{
    enum { N = 8 };
    double x[N] = { 1.5, -0.0, 0.0, NAN, -NAN, INFINITY, -INFINITY, -2.5 };
    float y[N] = { 1.5f, -0.0f, NAN, INFINITY, -INFINITY, 3e38f, -1e-45f, 0.0f };
    int64_t k[N] = { 0, -1, 1, INT64_MIN, INT64_MAX, -7, 7, 2 };
    bool o[6][N];
    int64_t c;
    CALL(pred(N, x, y, k, o[0], o[1], o[2], o[3], o[4], o[5], &c)) {
        for (int j = 0; j < 6; j++) for (int i = 0; i < N; i++) printf("%d\n", o[j][i]);
        printf("%lld\n", (long long)c);
    }
    for (int i = 0; i < N; i++) {
        bool a, b, cc, d;
        CALL(pred_scalar(x[i], y[i], &a, &b, &cc, &d)) printf("%d %d %d %d\n", a, b, cc, d);
    }
    double m;
    CALL(clean_mean(N, x, &m)) printf("%.17g\n", m);
    return 0;
}
