#include <stdio.h>
#include <stdint.h>
#include "comp_block.h"

#define ERR() printf("error: %s\n", comp_block_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double a[4 * 5], sq[4 * 4], x[12], r[16];
    int64_t k[12], ri[16];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 5; j++) a[i * 5 + j] = (double)((i * 3 + j * 7) % 11) * 0.125 - 0.5;
    for (int i = 0; i < 16; i++) sq[i] = (double)((i * 7) % 13) * 0.25 - 1.5;
    for (int i = 0; i < 12; i++) { x[i] = (double)(i - 5) * 0.75; k[i] = i + 1; }
    k[11] = 27;

    if (row_sums(4, 5, a, r)) ERR(); else pa(r, 4);
    if (collatz_steps(12, k, ri)) ERR(); else pi(ri, 12);
    if (piecewise(12, x, -1.0, 2.0, r)) ERR(); else pa(r, 12);

    double s, acc;
    int64_t iv;
    if (shadow(6, x, 0.375, r, &s, &acc, &iv)) ERR();
    else { pa(r, 6); printf("%.17g\n%.17g\n%lld\n", s, acc, (long long)iv); }

    if (antisym(4, sq, r)) ERR(); else pa(r, 16);
    if (tri_count(8, ri)) ERR(); else pi(ri, 8);
    if (harmonic(8, r)) ERR(); else pa(r, 8);
    return 0;
}
