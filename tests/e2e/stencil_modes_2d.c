#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "stencil_modes_2d.h"

#define H 6
#define W 7
#define ERR() printf("error: %s\n", stencil_modes_2d_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double x[H * W], p[H * W], q[H * W];
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++)
            x[i * W + j] = (double)((i * 5 + j * 3) % 11 - 5) * 0.25 + 0.0625 * (double)(i * j);
    const double s = -1.5;

    if (m_skip(H, W, x, s, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }
    if (m_dst_zero(H, W, x, s, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }
    if (m_src_zero(H, W, x, s, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }
    if (m_wrap(H, W, x, s, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }
    if (m_clamp(H, W, x, s, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }
    if (m_mirror(H, W, x, s, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }

    double *r = NULL;
    int64_t d0 = -1, d1 = -1;
    if (m_default_anon(H, W, x, &r, &d0, &d1)) ERR();
    else { printf("%lld\n%lld\n", (long long)d0, (long long)d1); pa(r, d0 * d1); free(r); }

    if (row_pair(H, W, x, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }
    if (col_pair(H, W, x, p, q)) ERR(); else { pa(p, H * W); pa(q, H * W); }

    /* the input is only read */
    pa(x, H * W);
    return 0;
}
