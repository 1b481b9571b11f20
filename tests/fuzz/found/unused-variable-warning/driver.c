#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog0(void) {
    int64_t n = 1;
    int64_t m = 3;
    static const int64_t x0_init[] = {INT64_C(19)};
    int64_t *x0 = malloc(sizeof x0_init); memcpy(x0, x0_init, sizeof x0_init);
    static const bool x1_init[] = {0};
    bool *x1 = malloc(sizeof x1_init); memcpy(x1, x1_init, sizeof x1_init);
    static const double x2_init[] = {0.171875, -3.5625, 2.796875};
    double *x2 = malloc(sizeof x2_init); memcpy(x2, x2_init, sizeof x2_init);
    int32_t r0;
    printf("== prog0\n");
    if (prog0(n, m, x0, x1, x2, 16, &r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        printf("%lld\n", (long long)r0);
    }
    fflush(stdout);
    free(x0);
    free(x1);
    free(x2);
}

int main(void) {
    run_prog0();
    return 0;
}
