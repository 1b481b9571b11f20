#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog179(void) {
    int64_t n = 3;
    static const float in0_init[] = {3.828125f, -2.875f, -2.75f};
    float *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const double in1_init[] = {-1.625, 0.28125, -1.5625};
    double *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    static const int32_t in2_init[] = {-15, 11, -16};
    int32_t *in2 = malloc(sizeof in2_init); memcpy(in2, in2_init, sizeof in2_init);
    uint32_t *r0 = malloc(sizeof(uint32_t) * (size_t)(n) + 1);
    printf("== prog179\n");
    if (prog179(n, in0, in1, in2, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%llu\n", (unsigned long long)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(in2);
    free(r0);
}

int main(void) {
    run_prog179();
    return 0;
}
