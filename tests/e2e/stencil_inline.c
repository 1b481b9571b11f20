#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include "stencil_inline.h"

#define ERR() printf("error: %s\n", stencil_inline_last_error())

static void pd(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    static const int64_t shapes[][2] = { { 5, 6 }, { 1, 1 }, { 4, 3 } };
    for (int t = 0; t < 3; t++) {
        int64_t h = shapes[t][0], w = shapes[t][1], n = h * w;
        double *x = malloc((size_t)n * sizeof *x), *y = malloc((size_t)n * sizeof *y);
        double *r = malloc((size_t)n * sizeof *r), *q = malloc((size_t)n * sizeof *q);
        for (int64_t i = 0; i < n; i++) {
            x[i] = (double)((i * 7) % 11) * 0.25 - 1.0;
            y[i] = (double)((i * 5) % 13) * 0.5;
        }
        printf("shape %lld %lld\n", (long long)h, (long long)w);
        if (m_skip(h, w, x, y, r)) ERR(); else pd(r, n);
        if (m_wraparound(h, w, x, y, r)) ERR(); else pd(r, n);
        if (m_dst_zero(h, w, x, y, r)) ERR(); else pd(r, n);
        if (m_src_zero(h, w, x, y, r)) ERR(); else pd(r, n);
        if (m_clamp(h, w, x, y, r)) ERR(); else pd(r, n);
        if (m_mirror(h, w, x, y, r)) ERR(); else pd(r, n);
        if (both_uses(h, w, x, y, r, q)) ERR(); else { pd(r, n); pd(q, n); }
        if (over_view(h, w, x, r)) ERR(); else pd(r, n);
        free(x); free(y); free(r); free(q);
    }
    return 0;
}
