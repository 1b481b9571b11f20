#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog450(void) {
    int64_t n = 8;
    int64_t m = 2;
    static const int64_t in0_init[] = {INT64_C(-16), INT64_C(-16), INT64_C(20), INT64_C(-11), INT64_C(13), INT64_C(14), INT64_C(-13), INT64_C(-19)};
    int64_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const double in1_init[] = {-3.890625, -3.1875, -1.5625, -1.453125, -3.0, 2.515625, 3.203125, 1.578125, -3.453125, 1.71875, -2.890625, 3.515625, -0.21875, -1.765625, -0.84375, 0.890625};
    double *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    float *r0 = malloc(sizeof(float) * (size_t)(n) * (size_t)(m) + 1);
    printf("== prog450\n");
    if (prog450(n, m, in0, in1, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n) * (size_t)(m); q++) printf("%.17g\n", (double)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(r0);
}

int main(void) {
    run_prog450();
    return 0;
}
