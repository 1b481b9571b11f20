#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog148(void) {
    int64_t n = 1;
    static const float in0_init[] = {-2.375f};
    float *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const int32_t in1_init[] = {-20};
    int32_t *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    static const int32_t in2_init[] = {-11};
    int32_t *in2 = malloc(sizeof in2_init); memcpy(in2, in2_init, sizeof in2_init);
    bool *r0 = malloc(sizeof(bool) * (size_t)(n) + 1);
    printf("== prog148\n");
    if (prog148(n, in0, in1, in2, 1, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%d\n", (int)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(in2);
    free(r0);
}

int main(void) {
    run_prog148();
    return 0;
}
