#include "stencil_alias.h"
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    enum { N = 300, M = 40 };
    double *x = malloc(N * M * sizeof *x), *o = malloc(N * M * sizeof *o);
    for (int i = 0; i < N * M; i++) x[i] = (double)((i * 37) % 101) / 10.0;
    for (int r = 0; r <= 3; r += 3) {
        if (twice(N, M, x, r, o)) printf("error: %s\n", stencil_alias_last_error());
        else printf("%.17g\n", o[0]);
    }
    if (copies(N, M, x, 3, o)) printf("error: %s\n", stencil_alias_last_error());
    else
        for (int i = 0; i < N * M; i += 997) printf("%.17g\n", o[i]);
    if (elementwise(N, x, 3, o)) printf("error: %s\n", stencil_alias_last_error());
    else
        for (int i = 0; i < N; i += 37) printf("%.17g\n", o[i]);
    free(x);
    free(o);
    return 0;
}
