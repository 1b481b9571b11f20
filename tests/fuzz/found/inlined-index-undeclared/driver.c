#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog18(void) {
    int64_t n = 8;
    static const int8_t in0_init[] = {-14, 16, 20, -19, 7, 12, -18, -4};
    int8_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const float in1_init[] = {3.8125f, -1.984375f, -0.734375f, -1.34375f, -1.40625f, 1.3125f, -3.609375f, -1.234375f};
    float *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    uint8_t *r0 = malloc(sizeof(uint8_t) * (size_t)(n) + 1);
    printf("== prog18\n");
    if (prog18(n, in0, in1, INT64_C(-10), -0.625, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%llu\n", (unsigned long long)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(r0);
}

int main(void) {
    run_prog18();
    return 0;
}
