#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "f32_ops.h"

#define N 40
#define ERR() printf("error: %s\n", f32_ops_last_error())

static void pf(const float *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", (double)v[i]); }

int main(void) {
    float x[N], y[N], r[4][N];
    for (int i = 0; i < N; i++) {
        x[i] = (float)(i % 8) * 0.125f + 0.5f;        /* exact, sums exact in f32 */
        y[i] = 1.0f / (float)(i + 1);
    }
    if (f32_arith(N, x, y, r[0])) ERR(); else pf(r[0], N);
    if (f32_math(N, x, r[0], r[1], r[2], r[3])) ERR();
    else for (int j = 0; j < 4; j++) pf(r[j], N);
    float s, mx, me, rs;
    int64_t am;
    if (f32_red(N, x, &s, &mx, &me, &am, &rs)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n%lld\n%.17g\n", (double)s, (double)mx, (double)me, (long long)am, (double)rs);
    if (f32_lit(N, y, r[0])) ERR(); else pf(r[0], N);
    float p;
    double d;
    if (f32_scalar(1.1f, -2.5f, &p, &d)) ERR(); else printf("%.17g\n%.17g\n", (double)p, d);
    bool b[N];
    int64_t c;
    if (f32_cmp(N, x, 0.875f, b, &c)) ERR();
    else { for (int i = 0; i < N; i++) printf("%d\n", (int)b[i]); printf("%lld\n", (long long)c); }
    return 0;
}
