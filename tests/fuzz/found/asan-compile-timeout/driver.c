#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog2895(void) {
    int64_t n = 8;
    static const int64_t in0_init[] = {INT64_C(19), INT64_C(4), INT64_C(1), INT64_C(-9), INT64_C(7), INT64_C(-7), INT64_C(-13), INT64_C(15)};
    int64_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const float in1_init[] = {1.390625f, -2.296875f, 3.34375f, -0.796875f, 3.5f, 0.84375f, 0.28125f, -3.0f};
    float *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    static const float in2_init[] = {1.234375f, -2.484375f, -2.828125f, 2.640625f, -3.625f, 0.640625f, 3.15625f, -2.984375f};
    float *in2 = malloc(sizeof in2_init); memcpy(in2, in2_init, sizeof in2_init);
    int16_t *r0 = malloc(sizeof(int16_t) * (size_t)(n) + 1);
    printf("== prog2895\n");
    if (prog2895(n, in0, in1, in2, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%lld\n", (long long)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(in2);
    free(r0);
}

int main(void) {
    run_prog2895();
    return 0;
}
