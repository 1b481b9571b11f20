#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog138(void) {
    int64_t n = 1;
    int64_t m = 2;
    static const int16_t in0_init[] = {-7};
    int16_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const double in1_init[] = {-0.90625, -2.3125};
    double *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    float *r0 = malloc(sizeof(float) * (size_t)(n) * (size_t)(n) + 1);
    printf("== prog138\n");
    if (prog138(n, m, in0, in1, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n) * (size_t)(n); q++) printf("%.17g\n", (double)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(r0);
}

int main(void) {
    run_prog138();
    return 0;
}
