#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog2604(void) {
    int64_t n = 1;
    int64_t m = 3;
    static const int64_t in0_init[] = {INT64_C(10)};
    int64_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const uint16_t in1_init[] = {17, 0, 9};
    uint16_t *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    static const double in2_init[] = {-2.09375, 1.59375, -3.140625};
    double *in2 = malloc(sizeof in2_init); memcpy(in2, in2_init, sizeof in2_init);
    int16_t *r0 = malloc(sizeof(int16_t) * (size_t)(n) + 1);
    printf("== prog2604\n");
    if (prog2604(n, m, in0, in1, in2, -3.640625f, 0, r0)) {
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
    run_prog2604();
    return 0;
}
