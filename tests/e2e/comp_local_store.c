#include <stdio.h>
#include <stdint.h>
#include "comp_local_store.h"

#define ERR() printf("error: %s\n", comp_local_store_last_error())

int main(void) {
    double x[7], r[7];
    int64_t k[5 * 8], ri[5];
    for (int i = 0; i < 7; i++) x[i] = (double)((i * 4) % 9) * 0.5 - 1.75;
    for (int i = 0; i < 5 * 8; i++) k[i] = (int64_t)((i * i + i / 3) % 4);
    if (local_arrays(7, x, r)) ERR(); else for (int i = 0; i < 7; i++) printf("%.17g\n", r[i]);
    if (local_hist(5, 8, k, 4, ri)) ERR(); else for (int i = 0; i < 5; i++) printf("%lld\n", (long long)ri[i]);
    return 0;
}
