#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog1257(void) {
    int64_t n = 1;
    static const uint64_t in0_init[] = {UINT64_C(14)};
    uint64_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const float in1_init[] = {1.34375f};
    float *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    double *r0 = malloc(sizeof(double) * (size_t)(n) + 1);
    printf("== prog1257\n");
    if (prog1257(n, in0, in1, 3.859375, INT64_C(-16), r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%.17g\n", (double)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(r0);
}

int main(void) {
    run_prog1257();
    return 0;
}
