#include "histo_chunks.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", histo_chunks_last_error()); else

int main(void)
{
    enum { N = 200003 };
    double *x = malloc(sizeof(double) * N);
    int32_t *keys = malloc(sizeof(int32_t) * N);
    int64_t *h = malloc(sizeof(int64_t) * 4096);
    uint64_t s = 7;
    for (int i = 0; i < N; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        x[i] = (double)(s >> 11) / 9007199254740992.0;
        keys[i] = (int32_t)((s >> 33) % 37);
    }
    int64_t ks[5] = { 1, 10, 37, 3000, 4096 };
    int ns[3] = { N, 5000, 17 };
    for (int a = 0; a < 5; a++)
        for (int b = 0; b < 3; b++) {
            CALL(bins_of(ns[b], x, ks[a], h)) {
                long long w = 0;
                for (int64_t j = 0; j < ks[a]; j++) w += h[j] * (j % 7 + 1);
                printf("%lld %lld\n", (long long)h[0], w);
            }
        }
    CALL(counts(N, keys, 37, h)) {
        long long w = 0;
        for (int j = 0; j < 37; j++) w += h[j] * (j + 1);
        printf("%lld %lld\n", (long long)h[36], w);
    }
    CALL(counts(N, keys, 36, h)) printf("no error\n");      /* key 36 out of range */
    CALL(counts(N, keys, 0, h)) printf("no error\n");       /* no bins */
    CALL(counts(0, keys, 0, h)) printf("empty ok\n");
    /* a failing key as the last element (after the last whole four of its block), then as the first */
    keys[N - 1] = -3;
    CALL(counts(N, keys, 37, h)) printf("no error\n");
    CALL(counts(N - 1, keys, 37, h)) {
        long long w = 0;
        for (int j = 0; j < 37; j++) w += h[j] * (j + 1);
        printf("%lld %lld\n", (long long)h[0], w);
    }
    keys[0] = 37;
    CALL(counts(N - 1, keys, 37, h)) printf("no error\n");
    free(x); free(keys); free(h);
    return 0;
}
