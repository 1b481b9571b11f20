#include "stencil_param_names.h"
#include <stdio.h>
#include <stdlib.h>

enum { N = 300000 };

int main(void)
{
    int64_t *x = malloc(N * sizeof *x), *o = malloc(N * sizeof *o);
    for (int64_t i = 0; i < N; i++) x[i] = (i * 7) % 11;
    int rc;
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_v(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("v %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_k(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("k %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_trapped(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("trapped %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_trap_seen(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("trap_seen %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_at_untrapped(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("at_untrapped %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_div_i64(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("div_i64 %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_stored(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("stored %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    for (int64_t d = 0; d <= 2; d++) {
        rc = named_store_at(N, x, d, o);
        if (rc) printf("error: %s\n", stencil_param_names_last_error());
        else { long long s = 0; for (int64_t i = 0; i < N; i++) s += o[i] * (i % 13 + 1); printf("store_at %lld %lld %lld\n", s, (long long)o[1], (long long)o[N - 2]); }
    }
    free(x); free(o);
    return 0;
}
