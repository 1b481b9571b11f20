#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include "reductions_1d.h"

#define N 30
#define M 25
#define ERR() printf("error: %s\n", reductions_1d_last_error())

int main(void) {
    double x[N], y[N];
    for (int i = 0; i < N; i++) {
        x[i] = 1.0 + (double)(((i + 2) % 7) - 3) * 0.0625;   /* ties: min first at 5, max first at 4 */
        y[i] = 0.5 + (double)(i % 11) / 8.0;
    }
    double s, p, mn, mx, me;
    int64_t am, ax;
    if (red_f64(N, x, &s, &p, &mn, &mx, &me, &am, &ax)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n%.17g\n%.17g\n%lld\n%lld\n", s, p, mn, mx, me, (long long)am, (long long)ax);

    int32_t a[M];
    for (int i = 0; i < M; i++) a[i] = (int32_t)(((i * 7 + 3) % 5) + 1);   /* 1..5 */
    int64_t is, ip;
    int32_t imn, imx;
    if (red_i32(M, a, &is, &ip, &imn, &imx, &am, &ax)) ERR();
    else printf("%lld\n%lld\n%lld\n%lld\n%lld\n%lld\n", (long long)is, (long long)ip,
                (long long)imn, (long long)imx, (long long)am, (long long)ax);
    for (int i = 0; i < M; i++) a[i] = 2000000000 - i;   /* the sum exceeds the i32 range */
    a[7] = -2147483647 - 1;
    a[9] = -2147483647 - 1;
    if (red_i32(M, a, &is, &ip, &imn, &imx, &am, &ax)) ERR();
    else printf("%lld\n%lld\n%lld\n%lld\n%lld\n%lld\n", (long long)is, (long long)ip,
                (long long)imn, (long long)imx, (long long)am, (long long)ax);

    int64_t b[8] = {1, INT64_MAX, -5, 2, 1000, 3037000500LL, INT64_MAX, -5};
    int64_t ls, lp, lmn, lmx;
    if (red_i64(8, b, &ls, &lp, &lmn, &lmx, &am, &ax)) ERR();
    else printf("%lld\n%lld\n%lld\n%lld\n%lld\n%lld\n", (long long)ls, (long long)lp,
                (long long)lmn, (long long)lmx, (long long)am, (long long)ax);

    bool b0, b1, b3, b4;
    int64_t c;
    if (red_bool(N, x, 1.1, &b0, &b1, &c, &b3, &b4)) ERR();
    else printf("%d\n%d\n%lld\n%d\n%d\n", (int)b0, (int)b1, (long long)c, (int)b3, (int)b4);
    if (red_bool(N, x, 0.5, &b0, &b1, &c, &b3, &b4)) ERR();
    else printf("%d\n%d\n%lld\n%d\n%d\n", (int)b0, (int)b1, (long long)c, (int)b3, (int)b4);

    double d;
    if (red_dot(N, x, y, &d)) ERR(); else printf("%.17g\n", d);
    double e0, e1;
    if (red_expr(N, x, y, &e0, &e1)) ERR(); else printf("%.17g\n%.17g\n", e0, e1);
    return 0;
}
