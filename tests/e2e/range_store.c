#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include "range_store.h"

#define N 9
#define H 5
#define W 6
#define ERR() printf("error: %s\n", range_store_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[N], xp[N], a[H * W], b[2 * 3], r0[H * W], r1[N], r2[N], s, m, m2;
    for (int i = 0; i < N; i++) x[i] = (double)((i * 5) % 7) * 0.5 - 1.0 + 0.125 * (double)i;
    for (int i = 0; i < H * W; i++) a[i] = (double)((i * 7) % 11) * 0.25 - 1.0;
    for (int i = 0; i < 6; i++) b[i] = 0.5 * (double)i + 100.0;

    if (smooth(N, x, r0)) ERR(); else pa(r0, N);
    if (smooth3(N, x, r0)) ERR(); else pa(r0, N);
    memcpy(xp, x, sizeof x);
    if (smooth_param(N, xp, &s)) ERR(); else { pa(xp, N); printf("%.17g\n", s); }
    if (shifts(N, x, r0, r1)) ERR(); else { pa(r0, N); pa(r1, N); }
    if (zero_col(H, W, a, r0)) ERR(); else pa(r0, H * W);
    if (box_store(H, W, 2, 2, a, b, r0)) ERR(); else pa(r0, H * W);
    if (box_store(H, W, 2, 3, a, b, r0)) ERR(); else pa(r0, H * W);     /* b is not 2 x 2 */
    if (box_store(H, W, 3, 2, a, b, r0)) ERR(); else pa(r0, H * W);

    static const int64_t bounds[][2] = { {2, 5}, {4, 4}, {6, 2}, {0, N} };
    for (int t = 0; t < 4; t++) {
        if (fill_range(N, x, bounds[t][0], bounds[t][1], 3.5 - (double)t, r0)) ERR();
        else pa(r0, N);
    }

    if (rows_cumulative(H, W, a, r0)) ERR(); else pa(r0, H * W);
    if (before_after(N, x, r0, r1, r2, &m, &m2)) ERR();
    else {
        pa(r0, N); pa(r1, N); pa(r2, N);
        printf("%.17g\n%.17g\n", m, m2);
    }
    return 0;
}
