#include "region_sum_store.h"
#include <stdio.h>
#include <stdlib.h>

#define FAIL() printf("error: %s\n", region_sum_store_last_error())

int main(void)
{
    const int64_t ns[] = { 8, 1000, 100000, 200003 };
    for (int t = 0; t < 4; t++) {
        int64_t n = ns[t];
        double *u = malloc(sizeof(double) * n), *v = calloc(n, sizeof(double)), s;
        for (int64_t i = 0; i < n; i++) u[i] = 0.5 * (double)((i * 3) % 5) - 0.75 + 0.125 * (double)(i % 8);
        if (step_sum(n, u, v, &s)) FAIL(); else printf("%.17g\n", s);
        double c = 0;
        for (int64_t i = 0; i < n; i++) c += v[i];
        printf("%.17g\n", c);
        for (int64_t k = 1; k <= 2; k++)
            if (rounds_sum(n, u, k, &s)) FAIL(); else printf("%.17g\n", s);
        free(u); free(v);
    }
    return 0;
}
