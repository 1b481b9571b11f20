#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog291(void) {
    int64_t n = 7;
    int64_t m = 2;
    static const double in0_init[] = {3.265625, 1.265625, 3.515625, 3.5625, -1.421875, 3.25, 3.453125};
    double *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const float in1_init[] = {-1.671875f, -0.65625f, 1.4375f, -2.25f, -3.8125f, 2.453125f, -3.734375f, -1.578125f, -0.265625f, 1.53125f, 3.578125f, -1.578125f, -1.140625f, -0.40625f};
    float *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    float *r0 = malloc(sizeof(float) * (size_t)(n) + 1);
    float *r1 = malloc(sizeof(float) * (size_t)(n) + 1);
    printf("== prog291\n");
    if (prog291(n, m, in0, in1, r0, r1)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%.17g\n", (double)r0[q]);
        for (size_t q = 0; q < (size_t)(n); q++) printf("%.17g\n", (double)r1[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(r0);
    free(r1);
}

int main(void) {
    run_prog291();
    return 0;
}
