#include "stencil_param_names.h"
#include <stdio.h>
#include <stdlib.h>

enum { N = 300000 };

typedef int kernel(int64_t n, const int64_t *x, int64_t d, int64_t *out);
static const struct { const char *name; kernel *fn; } kernels[] = {
    { "v", named_v },
    { "k", named_k },
    { "trapped", named_trapped },
    { "trap_seen", named_trap_seen },
    { "at_untrapped", named_at_untrapped },
    { "div_i64", named_div_i64 },
    { "stored", named_stored },
    { "store_at", named_store_at },
};

int main(void)
{
    int64_t *x = malloc(N * sizeof *x), *o = malloc(N * sizeof *o);
    for (int64_t i = 0; i < N; i++) x[i] = (i * 7) % 11;
    for (size_t f = 0; f < sizeof kernels / sizeof kernels[0]; f++)
        for (int64_t d = 0; d <= 2; d++) {
            if (kernels[f].fn(N, x, d, o)) {
                printf("error: %s\n", stencil_param_names_last_error());
                continue;
            }
            long long s = 0;
            for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1);
            printf("%s %lld %lld %lld\n", kernels[f].name, s, (long long)o[1], (long long)o[N - 2]);
        }
    free(x);
    free(o);
    return 0;
}
