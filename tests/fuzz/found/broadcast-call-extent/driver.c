#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog2424(void) {
    int64_t n = 5;
    static const int8_t in0_init[] = {-5, -12, 15, 11, -12};
    int8_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const int32_t in1_init[] = {20, 16, 8, -7, 1};
    int32_t *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    int32_t *r0 = malloc(sizeof(int32_t) * (size_t)(n) + 1);
    printf("== prog2424\n");
    if (prog2424(n, in0, in1, 2.484375, 2.0f, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%lld\n", (long long)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(r0);
}

int main(void) {
    run_prog2424();
    return 0;
}
