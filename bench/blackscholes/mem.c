/* Peak-memory driver for the Black-Scholes benchmark: allocates only the
 * five inputs and the output (N doubles each), fills them in parallel (first
 * touch, the inputs of bench.c), calls IMPL once and prints sum(put).  Run it
 * under `/usr/bin/time -v`: the maximum resident set size minus 6 * N * 8
 * bytes is what the implementation needs beyond its arguments (plus the
 * process's own baseline: libc, libgomp, thread stacks, which the build
 * without IMPL measures).
 *
 *   cc [-DIMPL=<function> [-DIMPL_HEADER='"BUILD/bs_gen.h"']] mem.c <objects>
 *   (without IMPL: no call, the baseline)
 *   usage: ./mem_<impl> [N]      (default 10,000,000)
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef IMPL_HEADER
#include IMPL_HEADER
#endif

#ifdef IMPL
int IMPL(BS_PARAMS);
#endif

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? strtoll(argv[1], NULL, 10) : 10000000;
    if (n < 1) {
        fprintf(stderr, "usage: %s [N>0]\n", argv[0]);
        return 1;
    }
    size_t bytes = ((size_t)n * sizeof(double) + 63) / 64 * 64;
    double *a[6];
    for (int k = 0; k < 6; k++)
        if (!(a[k] = aligned_alloc(64, bytes))) {
            fprintf(stderr, "out of memory\n");
            return 1;
        }
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; i++) {
        a[0][i] = 42.0;
        a[1][i] = 40.0 + (double)i / n;
        a[2][i] = 0.5;
        a[3][i] = 0.2;
        a[4][i] = 0.5;
        a[5][i] = 0.0;
    }
#ifdef IMPL
    int rc = IMPL(n, a[0], a[1], a[2], a[3], a[4], a[5]);
    if (rc != 0) {
        fprintf(stderr, "the kernel returned %d\n", rc);
        return 3;
    }
#endif
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) s += a[5][i];
    printf("n=%lld sum(put)=%.10e\n", (long long)n, s);
    for (int k = 0; k < 6; k++) free(a[k]);
    return 0;
}
