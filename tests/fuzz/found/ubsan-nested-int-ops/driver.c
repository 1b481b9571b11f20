#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog1027(void) {
    int64_t n = 3;
    static const float in0_init[] = {0.328125f, 2.375f, -2.5f};
    float *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    int64_t *r0 = malloc(sizeof(int64_t) * (size_t)(n) + 1);
    printf("== prog1027\n");
    if (prog1027(n, in0, 0, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%lld\n", (long long)r0[q]);
    }
    fflush(stdout);
    free(in0);
    free(r0);
}

int main(void) {
    run_prog1027();
    return 0;
}
