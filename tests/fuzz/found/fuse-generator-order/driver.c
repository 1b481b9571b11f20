#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog11(void) {
    int64_t n = 3;
    static const int64_t in0_init[] = {INT64_C(4), INT64_C(-9), INT64_C(9223372036854775807)};
    int64_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    int32_t *r0 = malloc(sizeof(int32_t) * (size_t)(n) + 1);
    uint8_t *r1 = malloc(sizeof(uint8_t) * (size_t)(n) + 1);
    printf("== prog11\n");
    if (prog11(n, in0, r0, r1)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%lld\n", (long long)r0[q]);
        for (size_t q = 0; q < (size_t)(n); q++) printf("%llu\n", (unsigned long long)r1[q]);
    }
    fflush(stdout);
    free(in0);
    free(r0);
    free(r1);
}

int main(void) {
    run_prog11();
    return 0;
}
