#include <stdio.h>
#include <stdint.h>
#include "stencil_modes_3d.h"

#define D 4
#define H 5
#define W 6
#define S (D * H * W)
#define ERR() printf("error: %s\n", stencil_modes_3d_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[S], p[S], q[S];
    for (int i = 0; i < D; i++)
        for (int j = 0; j < H; j++)
            for (int k = 0; k < W; k++)
                x[(i * H + j) * W + k] = (double)((i * 7 + j * 5 + k * 3) % 13 - 6) * 0.125
                                         + 0.25 * (double)((i + k) % 3) * (double)j;
    const double s = 0.375;

    if (m_skip(D, H, W, x, s, p, q)) ERR(); else { pa(p, S); pa(q, S); }
    if (m_dst_zero(D, H, W, x, s, p, q)) ERR(); else { pa(p, S); pa(q, S); }
    if (m_src_zero(D, H, W, x, s, p, q)) ERR(); else { pa(p, S); pa(q, S); }
    if (m_wrap(D, H, W, x, s, p, q)) ERR(); else { pa(p, S); pa(q, S); }
    if (m_clamp(D, H, W, x, s, p, q)) ERR(); else { pa(p, S); pa(q, S); }
    if (m_mirror(D, H, W, x, s, p, q)) ERR(); else { pa(p, S); pa(q, S); }
    if (m_default(D, H, W, x, p)) ERR(); else pa(p, S);

    /* the input is only read */
    pa(x, S);
    return 0;
}
